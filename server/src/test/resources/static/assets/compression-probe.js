// A stand-in for a built script (the web build writes .gz and .br twins of each): AssetCompressionTest serves it.
export const words = ['layout', 'phone', 'compression', 'layout', 'phone', 'compression', 'layout', 'phone'];
export function repeat(times) {
  return Array.from({ length: times }, () => words.join(' ')).join('\n');
}
