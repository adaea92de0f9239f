package io.yizhan.common.problem;

import java.util.List;

/**
 * A refusal the caller can act on. Messages are written for people: Chinese first, English after,
 * naming the field or object concerned.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "请求无效 / Invalid request", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "未找到 / Not found", what + " " + id + " 不存在或无权查看 / does not exist or is not yours to see", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "无权操作 / Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "冲突 / Conflict", detail, List.of());
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "无法处理 / Unprocessable", detail, List.of());
    }

    public Problem toProblem() {
        return new Problem(Problem.typeFor(status), title, status, getMessage(), violations);
    }

    public int status() {
        return status;
    }
}
