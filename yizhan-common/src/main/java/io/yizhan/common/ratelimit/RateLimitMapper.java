package io.yizhan.common.ratelimit;

import io.yizhan.common.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 problem+json with {@code Retry-After}; more specific than the general ProblemException mapper. */
public class RateLimitMapper {

    @ServerExceptionMapper
    public Response limited(RateLimitedException e) {
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(e.toProblem())
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
