package io.yizhan.locker.rest;

import io.yizhan.locker.service.SupplyService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A catalogue item. Quota: at most {@code quotaCount} per worker within {@code quotaDays} days
 * (default one per 7 days); {@code oncePerWorker} makes it once ever; {@code membersOnly} for union members.
 */
public record SupplyRequest(
        String tenant,
        @NotBlank(message = "请填写物资名称 / name is required")
        @Size(max = 60, message = "名称最多 60 个字符 / name is at most 60 characters") String name,
        @NotNull(message = "请填写单价（分）/ unitValueFen is required")
        @Min(value = 0, message = "单价不能为负 / unitValueFen must not be negative")
        @Max(value = 1_000_000, message = "单价最多 10000 元 / unitValueFen is at most 1000000") Integer unitValueFen,
        @Min(value = 0, message = "低库存阈值不能为负 / lowStockThreshold must not be negative")
        @Max(value = 1000, message = "低库存阈值最多 1000 / lowStockThreshold is at most 1000") Integer lowStockThreshold,
        @Min(value = 1, message = "限领数量至少 1 / quotaCount must be at least 1")
        @Max(value = 100, message = "限领数量最多 100 / quotaCount is at most 100") Integer quotaCount,
        @Min(value = 1, message = "限领周期至少 1 天 / quotaDays must be at least 1")
        @Max(value = 366, message = "限领周期最多 366 天 / quotaDays is at most 366") Integer quotaDays,
        Boolean membersOnly,
        Boolean oncePerWorker) {

    public SupplyService.SupplyDetails toDetails() {
        return new SupplyService.SupplyDetails(tenant, name, unitValueFen, lowStockThreshold, quotaCount, quotaDays, membersOnly,
                oncePerWorker);
    }
}
