// Content collections. `lessons`: one MDX file per lesson in content/lessons/; its id (the file
// name without .mdx) is its URL: /lessons/<id>/. The schema lives in src/lessons/schema.ts so the
// unit tests can check it without Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lessons/schema';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
