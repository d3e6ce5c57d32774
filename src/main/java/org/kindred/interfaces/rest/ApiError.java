package org.kindred.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API returns: a message for people, and the input it is about. */
public record ApiError(String error, String field) {

    static Response response(Response.Status status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message, field)).build();
    }
}
