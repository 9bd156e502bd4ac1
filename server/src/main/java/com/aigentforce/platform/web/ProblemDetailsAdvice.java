package com.aigentforce.platform.web;

import com.aigentforce.platform.DomainException;
import com.aigentforce.platform.FieldMessages;
import com.aigentforce.platform.Throttled;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The one place where exceptions become RFC 9457 problem responses. Validation failures are 422 with one entry
 * per field, unreadable bodies 400, domain facts whatever status they carry; anything unexpected is a logged 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOGGER = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException ex) {
        ProblemDetail problem = ProblemResponses.problem(ex.status(), ex.problemType(), ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof Throttled throttled) {
            headers.set(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
        }
        return ResponseEntity.status(ex.status()).headers(headers).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
        // bad credentials carry a message written for people (the same for unknown email and wrong password)
        String detail = ex instanceof BadCredentialsException ? ex.getMessage() : "Authentication is required";
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return validation(List.of(new FieldProblem(ex.getName(), "has an invalid value")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        return validation(ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    /** Spring's translation, and JPA's own when the entity manager is used directly (a lock on a row just removed). */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class})
    ResponseEntity<Object> concurrentModification(RuntimeException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemResponses.problem(
                        HttpStatus.CONFLICT,
                        "concurrent-modification",
                        "Someone else changed this at the same time; reload and try again"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrityViolation(DataIntegrityViolationException ex) {
        LOGGER.info(
                "Request(id={}) violated a constraint: {}",
                MDC.get(RequestIdFilter.MDC_KEY),
                ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemResponses.problem(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "The change conflicts with existing data (for example a duplicate name)"));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> malformedParameters(InvalidParameterException ex) {
        // the caller's mistake, and Tomcat has already logged it once at INFO
        LOGGER.debug("Request(id={}) has malformed parameters: {}", MDC.get(RequestIdFilter.MDC_KEY), ex.getMessage());
        return ResponseEntity.badRequest()
                .body(ProblemResponses.problem(
                        HttpStatus.BAD_REQUEST, "malformed-request", ContainerProblems.MALFORMED_PARAMETERS));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException ex) {
        FileCountLimitExceededException tooManyParts = cause(ex, FileCountLimitExceededException.class);
        if (tooManyParts != null) {
            ProblemDetail problem = ProblemResponses.problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-many-parts",
                    "The multipart body has more than " + tooManyParts.getLimit() + " parts");
            problem.setProperty("limit", tooManyParts.getLimit());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        LOGGER.debug("Request(id={}) has a malformed multipart body", MDC.get(RequestIdFilter.MDC_KEY), ex);
        return ResponseEntity.badRequest()
                .body(ProblemResponses.problem(
                        HttpStatus.BAD_REQUEST,
                        "malformed-request",
                        "The multipart body is malformed or truncated, or a part's headers are not valid"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        LOGGER.error("Request(id={}) failed unexpectedly", MDC.get(RequestIdFilter.MDC_KEY), ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ProblemResponses.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "An unexpected error occurred; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Tomcat's per-part header limit is reported as a size error too; a long file name is the usual cause
        SizeException size = cause(ex, SizeException.class);
        if (size != null && size.getMessage() != null && size.getMessage().startsWith("Header section")) {
            ProblemDetail problem = ProblemResponses.problem(
                    HttpStatus.BAD_REQUEST,
                    "part-headers-too-large",
                    "The headers of a multipart part exceed " + size.getPermittedSize()
                            + " bytes; the file name is probably too long (about " + (size.getPermittedSize() - 100)
                            + " bytes of UTF-8 at most)");
            problem.setProperty("limitBytes", size.getPermittedSize());
            return ResponseEntity.badRequest().body(problem);
        }
        return super.handleMaxUploadSizeExceededException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof BodyTooLarge)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ProblemResponses.problem(
                            HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", cause.getMessage()));
        }
        String detail = "The request body is missing or is not valid JSON";
        if (ex.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            ProblemDetail problem = ProblemResponses.problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-request",
                    "The field '" + field + "' has a value of the wrong type or an unknown value");
            problem.setProperty(
                    "errors",
                    List.of(Map.of(
                            "field",
                            field,
                            "message",
                            FieldMessages.sentence(field, "has a wrong type or unknown value"))));
            return ResponseEntity.badRequest().body(problem);
        }
        if (ex.getCause() instanceof JacksonException jackson && jackson.getLocation() != null) {
            detail = "The request body is not valid JSON (line "
                    + jackson.getLocation().getLineNr() + ", column "
                    + jackson.getLocation().getColumnNr() + ")";
        }
        return ResponseEntity.badRequest()
                .body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "malformed-request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given
                ? given
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        ProblemDetail ours =
                ProblemResponses.problem(statusCode, ContainerProblems.type(statusCode), problem.getDetail());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(ours::setProperty);
        }
        return super.handleExceptionInternal(ex, ours, headers, statusCode, request);
    }

    private static ResponseEntity<Object> validation(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.UNPROCESSABLE_CONTENT, "validation", "The request has invalid fields");
        problem.setProperty(
                "errors",
                errors.stream()
                        .sorted(Comparator.comparing(FieldProblem::field))
                        .map(e -> Map.of("field", e.field(), "message", FieldMessages.sentence(e.field(), e.message())))
                        .toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private record FieldProblem(String field, String message) {}
}
