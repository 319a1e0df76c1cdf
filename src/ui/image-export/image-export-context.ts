import { createContext, useContext } from 'react';

/** What a page that offers image downloads tells its views: the filters in words and the data's credit line. */
export interface ImageExportSettings {
  /** `describeImageFilters` of the page's filters. */
  filters: string | null;
  /** `getEmbedCredit` of the dataset's articles. */
  dataCredit: string;
}

/**
 * Set by the dashboard; embeds leave it null, so their views offer no image buttons and keep the heights their
 * snippets reserve.
 */
export const ImageExportContext = createContext<ImageExportSettings | null>(null);

/** The page's image settings, or null where images are not offered. */
export const useImageExport = () => useContext(ImageExportContext);
