package io.yizhan.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every failure into {@code application/problem+json}. Unknown failures become a 500 whose
 * body says nothing of the internals; the stack trace goes to the log only.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return respond(new Problem(Problem.typeFor(400), "请求无效 / Invalid request", 400, detail, violations));
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        String detail = "请求体不是有效的 JSON 或字段类型不对 / The body is not valid JSON for this request"
                + (field.isEmpty() ? "" : " (field " + field + ")") + ": " + e.getOriginalMessage();
        List<Problem.Violation> violations = field.isEmpty() ? List.of()
                : List.of(new Problem.Violation(field, "类型或格式不对 / wrong type or format"));
        return respond(new Problem(Problem.typeFor(400), "请求无效 / Invalid request", 400, detail, violations));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of(401, "未登录 / Unauthorized",
                        "需要有效的访问令牌 / A valid bearer token is required")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "无权操作 / Forbidden",
                "您的角色不能执行此操作 / Your role may not do this"));
    }

    /** A unique or foreign key refused a concurrent or repeated write: the caller may retry or re-read. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        Log.debugf("constraint refused a write: %s", e.getConstraintName());
        return conflict();
    }

    private static Response conflict() {
        return respond(Problem.of(409, "冲突 / Conflict",
                "与已有数据冲突，请刷新后重试 / This conflicts with existing data (possibly a concurrent request); re-read and retry"));
    }

    /**
     * A query or path parameter JAX-RS could not convert ({@code ?lat=abc}) comes as a 404 with the
     * conversion failure as its cause; it is the caller's input, so a 400 naming the parameter. A 404
     * without such a cause (no route) stays a 404.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ResourceInfo resource, UriInfo uri) {
        if (e.getCause() != null && resource != null) {
            Optional<BadParameters.Bad> bad = BadParameters.find(resource.getResourceMethod(), uri.getQueryParameters(),
                    uri.getPathParameters());
            if (bad.isPresent()) {
                return respond(ProblemException.badRequest(bad.get().name(),
                        "格式不对，应为 / wrong format, expected: " + bad.get().expected()).toProblem());
            }
            return respond(Problem.of(400, "请求无效 / Invalid request",
                    "查询或路径参数格式不对 / a query or path parameter has the wrong format"));
        }
        return web(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("request failed", e);
            return respond(Problem.of(status, "服务器错误 / Server error", "请稍后重试 / Please retry later"));
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(Problem.of(status, reason, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String state = sqlState(e);
        if (state != null && state.startsWith("22")) {
            // SQL class 22 is bad data (a NUL in text, a number out of range): the caller's input.
            Log.debugf("refused data PostgreSQL cannot store (SQLSTATE %s): %s", state, e);
            return respond(Problem.of(400, "数据无法保存 / Invalid data",
                    "请求中有无法保存的值（如文字中的 NUL 字符或超出范围的数字）/ the request holds a value that cannot be stored,"
                            + " such as a NUL character in text or a number out of range"));
        }
        if (state != null && state.startsWith("23")) {
            // The same refusal as above from a write made on the reactive pool without Hibernate (e.g. two first
            // uses of one Idempotency-Key at once): PostgreSQL's error, not Hibernate's wrapper.
            Log.debugf("constraint refused a write (SQLSTATE %s): %s", state, e);
            return conflict();
        }
        Log.error("unexpected failure", e);
        return respond(Problem.of(500, "服务器错误 / Server error",
                "服务出错，已记录 / Something went wrong on our side and was logged; please retry later"));
    }

    /** The SQLSTATE of the first database error in the cause chain, or null. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null) {
                return pg.getSqlState();
            }
        }
        return null;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The body's field (name, location.lat) or, for a query or path parameter, its name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // An element of a list or map carries its index on the node after the container.
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT || node.getName() == null
                            || node.getName().startsWith("<")) {
                        break;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
