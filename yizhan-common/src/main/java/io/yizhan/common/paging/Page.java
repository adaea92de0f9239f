package io.yizhan.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that a client can show "第 2 页，共 31 条". */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
