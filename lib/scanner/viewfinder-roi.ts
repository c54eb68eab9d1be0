// Which part of the camera image to decode: the part behind the on-screen frame the staff
// aims with, plus a margin. The <video> fills its box with object-fit: cover, so a landscape
// camera image in a portrait box shows only its middle; decoding what the user cannot see
// would only cost time and find the wrong badge.

export type Rect = { x: number; y: number; width: number; height: number };

export type RoiInput = {
  /** The camera image's size (video.videoWidth/Height). */
  videoWidth: number;
  videoHeight: number;
  /** The <video> element's size on screen. */
  boxWidth: number;
  boxHeight: number;
  /** The aiming frame's inset in the box, as fractions of its width and height. */
  insetX: number;
  insetY: number;
  /** Extra around the aiming frame, as a fraction of its size on each side. */
  margin: number;
};

export function viewfinderRoi(input: RoiInput): Rect {
  const { videoWidth: vw, videoHeight: vh, boxWidth: bw, boxHeight: bh } = input;
  if (!vw || !vh || !bw || !bh) return { x: 0, y: 0, width: vw, height: vh };
  // object-fit: cover scales the video so it covers the box, and centres it.
  const scale = Math.max(bw / vw, bh / vh);
  const shownW = bw / scale;
  const shownH = bh / scale;
  const frameW = shownW * (1 - 2 * input.insetX);
  const frameH = shownH * (1 - 2 * input.insetY);
  const width = Math.min(vw, frameW * (1 + 2 * input.margin));
  const height = Math.min(vh, frameH * (1 + 2 * input.margin));
  const x = Math.round((vw - width) / 2);
  const y = Math.round((vh - height) / 2);
  return { x, y, width: Math.round(width), height: Math.round(height) };
}
