package org.kindred.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No JSON body Kindred takes comes near 1 MB (the longest field is 4,000 characters), so a larger one
 * is refused before it is read, with the limit named (HTTP 413), rather than parsed whole into memory.
 * A body without a declared length is cut off as it passes the limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 1024 * 1024;
    private static final long MAX_DRAINED = 16L * 1024 * 1024;
    static final String MESSAGE = "Send a request body of at most 1 MB.";
    /** A people import's CSV file (admins only, ADR 0019) may be up to 5 MB; the import checks that itself. */
    static final int MAX_CSV_BYTES = 5 * 1024 * 1024 + 1;
    static final String CSV_MESSAGE = "Send a CSV file of at most 5 MB.";

    @Override
    public void filter(ContainerRequestContext request) {
        boolean csv = request.getMediaType() != null && "text".equals(request.getMediaType().getType())
                && "csv".equals(request.getMediaType().getSubtype())
                && request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("admin/people/imports");
        int limit = csv ? MAX_CSV_BYTES : MAX_BYTES;
        if (request.getLength() > limit) {
            drain(request.getEntityStream());
            request.abortWith(tooLarge(limit));
        } else if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    /**
     * Reads a moderately large body to its end, so that the client, still sending, reads the 413 rather
     * than a closed connection; past {@link #MAX_DRAINED} the connection is simply closed.
     */
    private static void drain(InputStream body) {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        try {
            for (int n; drained < MAX_DRAINED && (n = body.read(buffer)) > 0; ) {
                drained += n;
            }
        } catch (IOException e) {
            // the client has gone: nothing to answer
        }
    }

    static Response tooLarge() {
        return tooLarge(MAX_BYTES);
    }

    static Response tooLarge(int limit) {
        return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, limit == MAX_BYTES ? MESSAGE : CSV_MESSAGE, null);
    }

    /** Counts what is read and stops with 413 past the limit. */
    private static final class Limited extends FilterInputStream {
        private long read;
        private final int limit;

        Limited(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new WebApplicationException(tooLarge(limit));
            }
        }
    }
}
