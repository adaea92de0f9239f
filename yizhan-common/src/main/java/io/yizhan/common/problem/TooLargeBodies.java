package io.yizhan.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused before any
 * resource runs, as problem details like every other refusal (the HTTP layer's own 413 is bare).
 */
@ApplicationScoped
public class TooLargeBodies {

    private final String body;
    private final long limit;

    public TooLargeBodies(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit)
            throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.body = json.writeValueAsString(Problem.of(413, "请求体过大 / Request body too large",
                "请求体超过 " + limit.asLongValue() / 1024 + " KB 上限，请精简后重试 / the request body is over the "
                        + limit.asLongValue() / 1024 + " KB limit; send less"));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= limit) {
                context.next();
                return;
            }
            // Answer once the client has sent its body: a reply in the middle of an upload reaches
            // most clients as a broken connection rather than as this answer.
            Runnable answer = () -> context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(body);
            context.request().handler(ignored -> { }).endHandler(ignored -> answer.run());
        });
    }
}
