import { z } from 'zod';

/** Licence and attribution of the open-data downloads (data/open-data.yaml). */
export const OpenDataMeta = z.object({
  /** Who is responsible for the data, in Chinese. */
  publisher: z.string().min(1),
  /** The same in English. */
  publisherEn: z.string().min(1),
  /** The licence the facility data is published under. */
  licence: z.object({
    /** Name in Chinese. */
    name: z.string().min(1),
    /** Name in English. */
    nameEn: z.string().min(1),
    /** SPDX identifier, e.g. CC-BY-4.0. */
    id: z.string().min(1),
    /** Where the licence text is. */
    url: z.url(),
  }),
  /** The attribution line users of the data should show, in Chinese. */
  attribution: z.string().min(1),
  /** The same in English. */
  attributionEn: z.string().min(1),
  /** Attributions of other data the downloads contain (division names and codes). */
  otherAttributions: z.array(z.object({ text: z.string().min(1), textEn: z.string().min(1) })).default([]),
});
export type OpenDataMeta = z.infer<typeof OpenDataMeta>;
