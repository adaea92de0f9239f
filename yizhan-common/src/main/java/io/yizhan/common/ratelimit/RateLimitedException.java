package io.yizhan.common.ratelimit;

import io.yizhan.common.problem.ProblemException;

import java.util.List;

/** Too many requests: answered 429 problem+json with a {@code Retry-After} header (seconds). */
public class RateLimitedException extends ProblemException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super(429, "请求过于频繁 / Too many requests",
                "请求过于频繁，请 " + retryAfterSeconds + " 秒后再试 / Too many requests; retry after " + retryAfterSeconds + " s",
                List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
