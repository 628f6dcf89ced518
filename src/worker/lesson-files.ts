// The course's lessons (lessons/course.yaml and every lesson folder), bundled into the Worker at
// build time by Vite; the Node hosts read the folder from disk instead.

import { lessonFilesFromPaths, type LessonFiles } from './host/lessons/library.ts';

const RAW = import.meta.glob<string>('/lessons/**/*.{yaml,md}', { query: '?raw', import: 'default', eager: true });

export function bundledLessonFiles(): LessonFiles {
  return lessonFilesFromPaths(RAW);
}
