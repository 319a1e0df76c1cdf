/**
 * What a figure counts. Its own module, free of zod, so the views that list the metrics do not fetch the schema's
 * chunk: the dataset is checked in a worker, and the page never needs the validator.
 */
export const metrics = ['detentions', 'crowd', 'deaths'] as const;
