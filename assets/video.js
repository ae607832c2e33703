// Plays a YouTube video only when the reader asks. The page holds a placeholder of our own
// (src/content/markdown/youtube.ts): a link to YouTube, so it still works without this script. Here
// the link becomes a play button, and pressing it swaps in YouTube's privacy-enhanced player.
// Nothing is requested from YouTube or Google before that press. Loaded as a module: deferred,
// strict, and nothing leaks into the page's global scope.

const PLAYER = "https://www.youtube-nocookie.com/embed/";

function player(box) {
  const { videoId, videoStart, videoTitle } = box.dataset;
  const src = new URL(PLAYER + encodeURIComponent(videoId));
  src.searchParams.set("autoplay", "1");
  if (videoStart) src.searchParams.set("start", videoStart);
  const frame = document.createElement("iframe");
  frame.src = src.href;
  frame.title = videoTitle;
  // Without a referrer the player refuses to play (YouTube's error 153).
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  frame.allowFullscreen = true;
  return frame;
}

function playButton(box, link) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  const label = document.createElement("span");
  label.className = "video-label";
  label.textContent = box.dataset.playLabel;
  // A native button: Enter and Space press it, as a keyboard user expects.
  button.append(link.querySelector(".video-icon"), label);
  button.addEventListener("click", () => {
    const frame = player(box);
    box.replaceChildren(frame);
    box.classList.add("is-playing");
    // The button is gone; keep keyboard focus on the video rather than dropping it to the page.
    frame.focus();
  });
  return button;
}

for (const box of document.querySelectorAll(".video[data-video-id]")) {
  const link = box.querySelector("a.video-link");
  if (link) link.replaceWith(playButton(box, link));
}
