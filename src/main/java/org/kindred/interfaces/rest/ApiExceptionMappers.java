package org.kindred.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kindred.application.account.AccountException;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.PreparationChoiceException;
import org.kindred.domain.model.person.InvalidTokenException;
import org.kindred.domain.model.RuleException;

/** Every failure becomes a JSON {@link ApiError} with a fitting status; no stack trace leaves the server. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ApiError.response(Response.Status.NOT_FOUND, "Not found.", null);
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return ApiError.response(Response.Status.CONFLICT, e.getMessage(), null);
        }
    }

    /** Every clashing occurrence, so that the organiser can choose what to do with them all at once. */
    @Provider
    public static class Clashes implements ExceptionMapper<ClashException> {
        @Override
        public Response toResponse(ClashException e) {
            List<ClashLine> lines = e.clashes().stream().map(c -> new ClashLine(c.originalStart().toLocalDate(),
                    c.originalStart(), c.reason().name(), c.detail())).toList();
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(new ClashError(e.getMessage(), null, lines)).build();
        }
    }

    public record ClashLine(LocalDate date, LocalDateTime start, String reason, String detail) {
    }

    public record ClashError(String error, String field, List<ClashLine> clashes) {
    }

    /** The offer to move a Round's preparation meeting too: answer with movePreparation. */
    @Provider
    public static class PreparationChoice implements ExceptionMapper<PreparationChoiceException> {
        @Override
        public Response toResponse(PreparationChoiceException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(new PreparationOffer(e.getMessage(), "movePreparation", e.preparationStart(),
                            e.suggestedStart())).build();
        }
    }

    public record PreparationOffer(String error, String field, LocalDateTime preparationStart,
                                   LocalDateTime suggestedPreparationStart) {
    }

    @Provider
    public static class Rule implements ExceptionMapper<RuleException> {
        @Override
        public Response toResponse(RuleException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage(), e.field());
        }
    }

    @Provider
    public static class ImportFileRefused implements ExceptionMapper<org.kindred.application.people.ImportFileException> {
        @Override
        public Response toResponse(org.kindred.application.people.ImportFileException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage(), null);
        }
    }

    @Provider
    public static class Account implements ExceptionMapper<AccountException> {
        @Override
        public Response toResponse(AccountException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage(), null);
        }
    }

    @Provider
    public static class Token implements ExceptionMapper<InvalidTokenException> {
        @Override
        public Response toResponse(InvalidTokenException e) {
            return ApiError.response(Response.Status.GONE, e.getMessage(), null);
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            ConstraintViolation<?> first = e.getConstraintViolations().iterator().next();
            String path = first.getPropertyPath().toString();
            return ApiError.response(Response.Status.BAD_REQUEST, first.getMessage(),
                    path.substring(path.lastIndexOf('.') + 1));
        }
    }

    /** Malformed JSON, wrong media type, unknown path: the status JAX-RS chose, with a plain message. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getResponse().getEntity() instanceof ApiError) {
                return e.getResponse(); // already says what is wrong (BodySizeLimit)
            }
            int status = e.getResponse().getStatus();
            String message = status == 400 ? "The request could not be read. Send valid JSON."
                    : Response.Status.fromStatusCode(status) == null ? "Request refused."
                    : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
            return Response.status(status).type("application/json").entity(new ApiError(message, null)).build();
        }
    }

    /** JSON that does not parse or does not fit the expected shape. */
    @Provider
    public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException refused && refused.getResponse().getEntity() instanceof ApiError) {
                    return refused.getResponse(); // a body cut off at its limit while it was read (BodySizeLimit)
                }
            }
            return ApiError.response(Response.Status.BAD_REQUEST, "The request could not be read. Send valid JSON.", null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected API failure: " + e.getClass().getName());
            LOG.log(Level.FINE, "unexpected API failure", e);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong. Nothing was changed; please try again.", null);
        }
    }
}
