/**
 * How much to scale a drawing so it uses the room it is given: to the width available and
 * the height wanted, never below `min` (smaller text would be unreadable: the page scrolls
 * instead) nor above `max` (beyond it the boxes only grow emptier).
 */
export function fitScale(
  content: { width: number; height: number },
  room: { width: number; height: number },
  { min = 0.75, max = 1.6 } = {},
): number {
  if (content.width <= 0 || content.height <= 0 || room.width <= 0) return 1;
  const fit = Math.min(
    room.width / content.width,
    room.height > 0 ? room.height / content.height : Number.POSITIVE_INFINITY,
  );
  return Math.round(Math.min(max, Math.max(min, fit)) * 1000) / 1000;
}
