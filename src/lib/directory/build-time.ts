/**
 * The instant pages are built at, for the status lines written into the HTML. Scripts on the
 * page recompute them for the reader's moment; the built text is what shows without JavaScript.
 * BUILD_TIME (an ISO instant) pins it, so a build can be reproduced.
 */
export function buildInstant(): Date {
  const pinned = process.env.BUILD_TIME;
  if (pinned) {
    const instant = new Date(pinned);
    if (Number.isNaN(instant.getTime())) throw new Error(`环境变量 BUILD_TIME「${pinned}」不是有效的时间，应写成 ISO 格式，例如 2026-05-01T12:00:00+08:00`);
    return instant;
  }
  return new Date();
}
