package org.kindred.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.kindred.application.StorableText;

/**
 * Every string in a JSON body must be text Kindred can store ({@link StorableText}): one written with
 * half of a surrogate pair ({@code "\ud800"}) is refused with 400 and the field it is in, before the
 * body reaches a resource, rather than saved with a "?" in its place. One check for every body and
 * every field, present and future, instead of a constraint on each. The body has passed
 * {@link BodySizeLimit} (at most 1 MB), so it is read whole, checked with the same JSON-P parser
 * JSON-B reads it with, and handed on.
 */
@Provider
public class StorableJsonText implements ReaderInterceptor {

    /** Made once: looking the JSON-P provider up for every request would cost more than the check. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    static final String MESSAGE = "This text holds a character that is not valid Unicode (half of a UTF-16 "
            + "surrogate pair). Remove it and send the request again.";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        Optional<Unstorable> refused = firstUnstorable(body);
        if (refused.isPresent()) {
            throw new WebApplicationException(ApiError.response(Response.Status.BAD_REQUEST, MESSAGE, refused.get().field()));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** A string that cannot be stored, and the property it is the value of (null: a property's name, or none). */
    record Unstorable(String field) {
    }

    /** The body's first string that cannot be stored, if any; a body that is not JSON is left to JSON-B to refuse. */
    static Optional<Unstorable> firstUnstorable(byte[] body) {
        // the name each open object or array was found under; an object's changes with each key in it
        Deque<String> names = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> names.push(names.isEmpty() ? "" : names.peek());
                    case END_OBJECT, END_ARRAY -> names.pop();
                    case KEY_NAME -> {
                        String key = parser.getString();
                        if (!StorableText.isStorable(key)) {
                            return Optional.of(new Unstorable(null));
                        }
                        names.pop();
                        names.push(key);
                    }
                    case VALUE_STRING -> {
                        if (!StorableText.isStorable(parser.getString())) {
                            String field = names.peek();
                            return Optional.of(new Unstorable(field == null || field.isEmpty() ? null : field));
                        }
                    }
                    default -> { }
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException unreadable) {
            // not JSON, or cut short: JSON-B refuses it next with its own message
        }
        return Optional.empty();
    }
}
