import { formatDuration, useLocale } from "@kepu/ui";
import type { PublicWork, WorkFile } from "./queries.js";

/**
 * What a work is made of, played in the page: each video in an HTML5 player with its poster (the
 * frame the media service took, else the cover), loading only its metadata until played — the file
 * server answers range requests with 206, so seeking fetches only what is watched; each audio with
 * the cover above it; an image set's pictures in order, each described by its place in the set.
 * An article's cover stands at its top. URLs come from the graph (public, cacheable copies).
 */
export function WorkMedia({ work }: { work: PublicWork }) {
  const { t } = useLocale();
  const videos = work.files.filter((file) => file.kind === "VIDEO" && file.url);
  const audios = work.files.filter((file) => file.kind === "AUDIO" && file.url);
  const images = work.files.filter((file) => file.kind === "IMAGE" && file.url);
  const showCover = Boolean(work.cover?.url) && videos.length === 0 && images.length === 0;
  if (!showCover && videos.length + audios.length + images.length === 0) return null;
  return (
    <section className="kepu-work-media" aria-label={t("publicWorks.media")}>
      {showCover && work.cover?.url ? (
        <img
          src={work.cover.url}
          alt={t("publicWorks.cover", { title: work.title })}
          width={work.cover.width ?? undefined}
          height={work.cover.height ?? undefined}
          data-testid="work-cover"
        />
      ) : null}
      {videos.map((video) => (
        <Video key={video.id} video={video} title={work.title} fallbackPoster={work.cover?.url ?? null} />
      ))}
      {audios.map((audio) => (
        <figure key={audio.id} style={{ margin: 0 }}>
          {/* biome-ignore lint/a11y/useMediaCaption: works carry no caption track; the summary and article describe the audio */}
          <audio
            src={audio.url ?? undefined}
            controls
            preload="metadata"
            aria-label={t("publicWorks.audio", { title: work.title })}
            data-testid="work-audio"
          >
            {t("publicWorks.noPlayer")}
          </audio>
          {audio.durationSeconds ? (
            <figcaption className="kepu-muted">
              {t("publicWorks.duration", { duration: formatDuration(audio.durationSeconds) })}
            </figcaption>
          ) : null}
        </figure>
      ))}
      {images.length > 0 ? (
        <ol className="kepu-work-images" data-testid="work-images">
          {images.map((image, index) => (
            <li key={image.id}>
              <img
                src={image.url ?? undefined}
                alt={t("publicWorks.image", { title: work.title, n: index + 1, total: images.length })}
                width={image.width ?? undefined}
                height={image.height ?? undefined}
                loading={index < 2 ? "eager" : "lazy"}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function Video({ video, title, fallbackPoster }: { video: WorkFile; title: string; fallbackPoster: string | null }) {
  const { t } = useLocale();
  return (
    <figure style={{ margin: 0 }}>
      {/* biome-ignore lint/a11y/useMediaCaption: works carry no caption track yet; the summary and article describe the video */}
      <video
        src={video.url ?? undefined}
        poster={video.posterUrl ?? fallbackPoster ?? undefined}
        controls
        preload="metadata"
        playsInline
        width={video.width ?? undefined}
        height={video.height ?? undefined}
        aria-label={t("publicWorks.video", { title })}
        data-testid="work-video"
      >
        {t("publicWorks.noPlayer")}
      </video>
      {video.durationSeconds ? (
        <figcaption className="kepu-muted">
          {t("publicWorks.duration", { duration: formatDuration(video.durationSeconds) })}
        </figcaption>
      ) : null}
    </figure>
  );
}
