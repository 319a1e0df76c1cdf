/**
 * An optional tile layer under the bundled outlines. None by default: the dashboard must work with no
 * network but its own origin. To add one, build with, for example,
 *   VITE_TILE_URL='https://tiles.example.org/{z}/{x}/{y}.png' VITE_TILE_ATTRIBUTION='© OpenStreetMap contributors' npm run build
 * The Content-Security-Policy (scripts/build/content-security-policy.ts) then allows images from that origin only.
 */
declare global {
  interface ImportMetaEnv {
    readonly VITE_TILE_URL?: string;
    readonly VITE_TILE_ATTRIBUTION?: string;
  }
}

export interface TileConfig {
  url: string;
  attribution: string;
}

/** The configured tile layer, or null (the default) for outlines only. */
export function getTileConfig(
  env: Pick<ImportMetaEnv, 'VITE_TILE_URL' | 'VITE_TILE_ATTRIBUTION'> = import.meta.env,
): TileConfig | null {
  const url = env.VITE_TILE_URL?.trim();
  if (!url) return null;
  return { url, attribution: env.VITE_TILE_ATTRIBUTION?.trim() ?? '' };
}
