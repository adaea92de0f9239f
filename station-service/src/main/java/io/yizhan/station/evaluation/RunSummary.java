package io.yizhan.station.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What one evaluation run did, or, for a dry run ({@code dryRun} true), what it would do: the same
 * counts, and per station the cards it issues (or would issue) and the status it leaves the station in.
 */
public record RunSummary(OffsetDateTime asOf, String tenant, int stationsJudged, int yellowCards, int redCards, int escalated,
                         boolean dryRun, int stationsCarded, List<Verdict> verdicts) {

    /** One station the run carded: its status before and after, and the cards. */
    public record Verdict(UUID stationId, String stationName, String statusBefore, String statusAfter, List<ProposedCard> cards) {
    }

    /** A card issued in the run ({@code ESCALATED} when an expired yellow turned into the red beside it). */
    public record ProposedCard(String colour, String rule, String ruleLabelZh, String ruleLabelEn, String status) {
    }
}
