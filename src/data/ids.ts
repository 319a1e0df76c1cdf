/**
 * What an id looks like wherever one is read (the dataset, the editors' YAML, shared links and embeds): a
 * lowercase slug such as `minsk` or `reuters-2020-08-16`. Plain, without zod, so that reading the URL does
 * not put the validator in the first script a page loads.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether the text is an id as the dataset writes them. */
export const isId = (value: string): boolean => idPattern.test(value);
