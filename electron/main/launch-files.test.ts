import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLaunchQueue, documentPathFromArgv } from './launch-files';

const cwd = path.resolve('/home/teacher/lectures');

describe('documentPathFromArgv', () => {
  it('finds a double-clicked document after the executable (packaged app)', () => {
    expect(documentPathFromArgv(['/opt/Gradient Lab/gradient-lab', '/tmp/bowl.gradlab'], { defaultApp: false, cwd })).toBe(
      path.resolve('/tmp/bowl.gradlab'),
    );
  });

  it('skips the app folder argument of a development run', () => {
    expect(documentPathFromArgv(['electron', 'lesson.gradlab'], { defaultApp: true, cwd })).toBeNull();
    expect(documentPathFromArgv(['electron', '.', 'lesson.gradlab'], { defaultApp: true, cwd })).toBe(path.join(cwd, 'lesson.gradlab'));
  });

  it('resolves relative paths against the launching directory and ignores switches', () => {
    const argv = ['gradient-lab', '--no-sandbox', 'week 3/descent.GRADLAB', '--original-process-start-time=1'];
    expect(documentPathFromArgv(argv, { defaultApp: false, cwd })).toBe(path.join(cwd, 'week 3', 'descent.GRADLAB'));
  });

  it('opens only document-like files, the last one given', () => {
    expect(documentPathFromArgv(['app', 'notes.txt', 'image.png'], { defaultApp: false, cwd })).toBeNull();
    expect(documentPathFromArgv(['app', 'a.gradlab', 'b.json'], { defaultApp: false, cwd })).toBe(path.join(cwd, 'b.json'));
    expect(documentPathFromArgv(['app'], { defaultApp: false, cwd })).toBeNull();
  });
});

describe('createLaunchQueue', () => {
  it('holds a file until the page asks, then pushes later ones directly', () => {
    const delivered: string[] = [];
    const q = createLaunchQueue((p) => delivered.push(p));
    q.offer('/a.gradlab');
    q.offer('/b.gradlab');
    expect(delivered).toEqual([]);
    expect(q.take()).toBe('/b.gradlab');
    expect(q.take()).toBeNull();
    q.offer('/c.gradlab');
    expect(delivered).toEqual(['/c.gradlab']);
  });

  it('holds files again while the page reloads', () => {
    const delivered: string[] = [];
    const q = createLaunchQueue((p) => delivered.push(p));
    expect(q.take()).toBeNull();
    q.pageGone();
    q.offer('/d.gradlab');
    expect(delivered).toEqual([]);
    expect(q.take()).toBe('/d.gradlab');
  });
});
