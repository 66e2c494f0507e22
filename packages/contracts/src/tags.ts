import { z } from 'zod';
import { applicationFiltersSchema } from './applications.js';
import { storableString } from './text.js';

/** Mantine's palette, the colours a tag may have. */
export const TAG_COLORS = [
  'gray',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
] as const;
export const tagColorSchema = z.enum(TAG_COLORS, { message: `Pick one of ${TAG_COLORS.join(', ')}` });
export type TagColor = z.infer<typeof tagColorSchema>;

export const TAG_NAME_MAX = 40;
const tagName = storableString()
  .trim()
  .min(1, { message: 'Enter the tag name' })
  .max(TAG_NAME_MAX, { message: `Must be at most ${TAG_NAME_MAX} characters` });

export const tagSchema = z.object({ id: z.uuid(), name: z.string(), color: tagColorSchema, createdAt: z.string() });
export type Tag = z.infer<typeof tagSchema>;
/** A tag as the list shows it: with how many of the user's applications carry it. */
export const listedTagSchema = tagSchema.extend({ applicationCount: z.number().int().nonnegative() });
export type ListedTag = z.infer<typeof listedTagSchema>;

export const createTagSchema = z.object({ name: tagName, color: tagColorSchema.default('blue') });
export type CreateTagInput = z.input<typeof createTagSchema>;
export const updateTagSchema = z
  .object({ name: tagName, color: tagColorSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' });
export type UpdateTagInput = z.input<typeof updateTagSchema>;

export const applicationTagParamsSchema = z.object({
  id: z.uuid({ message: 'Not a valid id' }),
  tagId: z.uuid({ message: 'Not a valid tag id' }),
});

/** What a saved view keeps: the list's filters, search words and sort (not the page). */
export const savedViewSearchSchema = applicationFiltersSchema;
export type SavedViewSearch = z.input<typeof savedViewSearchSchema>;

export const SAVED_VIEW_NAME_MAX = 60;
export const SAVED_VIEWS_MAX = 50;
export const savedViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  search: z.object({
    status: z.array(z.string()).optional(),
    q: z.string().optional(),
    location: z.string().optional(),
    source: z.string().optional(),
    salaryMin: z.number().optional(),
    salaryMax: z.number().optional(),
    currency: z.string().optional(),
    appliedFrom: z.string().optional(),
    appliedTo: z.string().optional(),
    tag: z.array(z.string()).optional(),
    sort: z.string().optional(),
  }),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const createSavedViewSchema = z.object({
  name: storableString()
    .trim()
    .min(1, { message: 'Enter a name for the view' })
    .max(SAVED_VIEW_NAME_MAX, { message: `Must be at most ${SAVED_VIEW_NAME_MAX} characters` }),
  search: savedViewSearchSchema,
});
export type CreateSavedViewInput = z.input<typeof createSavedViewSchema>;
