package io.yizhan.station.photo.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.station.photo.StationPhoto;
import io.yizhan.station.photo.image.PhotoImages;
import io.yizhan.station.photo.repository.PhotoRepository;
import io.yizhan.station.photo.storage.PhotoStorage;
import io.yizhan.station.registry.repository.StationRepository;
import io.yizhan.station.registry.service.StationService;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Station photos: who may put them up and take them down (the station's admins and its own managers),
 * the images re-encoded without metadata into the bucket, the rows in the station database.
 * Image work and S3 calls block: they run on a worker thread, and no transaction is held open meanwhile
 * (objects first, then the row; a row that cannot be written takes its objects away again).
 */
@ApplicationScoped
public class PhotoService {

    /** Photos per station; a station page shows a handful, not an album. */
    public static final int MAX_PHOTOS = 30;
    private static final Logger LOG = Logger.getLogger(PhotoService.class);

    private final PhotoRepository photos;
    private final StationRepository stations;
    private final StationService stationService;
    private final PhotoStorage storage;
    private final Vertx vertx;
    private final Clock clock;

    public PhotoService(PhotoRepository photos, StationRepository stations, StationService stationService,
                        PhotoStorage storage, Vertx vertx, Clock clock) {
        this.photos = photos;
        this.stations = stations;
        this.stationService = stationService;
        this.storage = storage;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** Stores the upload lying at {@code file} (read on a worker thread: up to 8 MB of disk). */
    public Uni<StationPhoto> upload(Caller caller, UUID stationId, Path file) {
        UUID photoId = UUID.randomUUID();
        String key = StationPhoto.objectKey(stationId, photoId);
        String thumbKey = StationPhoto.thumbnailKey(stationId, photoId);
        return Panache.withSession(() -> stationService.editable(caller, stationId)
                        .call(station -> photos.ofStation(stationId).invoke(existing -> refuseWhenFull(existing.size()))))
                .chain(station -> blocking(() -> {
                    PhotoImages.Processed processed = PhotoImages.process(read(file));
                    storage.put(key, processed.photo());
                    storage.put(thumbKey, processed.thumbnail());
                    return new StationPhoto(photoId, stationId, station.tenant, key, thumbKey, processed.width(),
                            processed.height(), processed.photo().length, OffsetDateTime.now(clock), caller.username());
                }))
                .chain(photo -> Panache.withTransaction(() -> photos.countLocked(stationId)
                                .invoke(count -> refuseWhenFull(count.intValue()))
                                .chain(() -> photos.insert(photo)))
                        .replaceWith(photo)
                        .onFailure().call(failure -> blocking(() -> removeObjects(photo)).onFailure().recoverWithNull()));
    }

    /** The photos of any station that exists (public data, like the station itself). */
    public Uni<List<StationPhoto>> list(UUID stationId) {
        return Panache.withSession(() -> existing(stationId).chain(() -> photos.ofStation(stationId)));
    }

    /** A photo's JPEG, or its thumbnail's. */
    public Uni<byte[]> image(UUID stationId, UUID photoId, boolean thumbnail) {
        return Panache.withSession(() -> existing(stationId).chain(() -> photos.find(stationId, photoId)))
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("照片 / Photo", photoId)))
                .chain(photo -> blocking(() -> storage.get(thumbnail ? photo.thumbnailKey() : photo.objectKey())
                        .orElseThrow(() -> ProblemException.notFound("照片 / Photo", photoId))));
    }

    /** Takes a photo down: the row in a transaction, then its objects. */
    public Uni<Void> delete(Caller caller, UUID stationId, UUID photoId) {
        return Panache.withTransaction(() -> stationService.editable(caller, stationId)
                        .chain(() -> photos.find(stationId, photoId))
                        .map(found -> found.orElseThrow(() -> ProblemException.notFound("照片 / Photo", photoId)))
                        .call(photo -> photos.delete(stationId, photoId)))
                .chain(photo -> blocking(() -> removeObjects(photo)).onFailure().invoke(e ->
                        LOG.warnf(e, "photo %s: row deleted, objects left in the bucket", photoId)).onFailure().recoverWithNull())
                .replaceWithVoid();
    }

    private Uni<Void> existing(UUID stationId) {
        return stations.findById(stationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("驿站 / Station", stationId))
                .replaceWithVoid();
    }

    private static void refuseWhenFull(int count) {
        if (count >= MAX_PHOTOS) {
            throw ProblemException.conflict("每个驿站最多 " + MAX_PHOTOS + " 张照片，请先删除 / a station has at most "
                    + MAX_PHOTOS + " photos: delete one first");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Boolean removeObjects(StationPhoto photo) {
        storage.delete(photo.objectKey());
        storage.delete(photo.thumbnailKey());
        return Boolean.TRUE;
    }

    /** Runs blocking work on a worker thread; the result comes back on the caller's Vert.x context. */
    private <T> Uni<T> blocking(java.util.function.Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work));
    }
}
