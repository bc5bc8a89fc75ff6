// USER and --chown resolution against the stage's own /etc/passwd and /etc/group, as runc and
// BuildKit do at build time (so users created by an earlier RUN resolve too).
import type { FileSystem } from '../fs/tree';
import type { User } from '../shell/model';

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

/**
 * The parsed form of a file, read again only when the file changed: nodes are never modified in
 * place (a write makes a new node), so the node is the key. Every RUN and WORKDIR as a USER
 * resolves that user, and most steps leave /etc/passwd alone.
 */
function parsedFile<T>(parse: (text: string) => T): (fs: FileSystem, path: string) => T {
  const memo = new WeakMap<object, T>();
  return (fs, path) => {
    const node = fs.get(fs.realpath(path));
    if (!node) return parse('');
    let parsed = memo.get(node);
    if (parsed === undefined) memo.set(node, (parsed = parse(node.content ?? '')));
    return parsed;
  };
}

const readPasswd = parsedFile((text) =>
  text
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 4 && /^\d+$/.test(f[2]!))
    .map((f): PasswdEntry => ({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), home: f[5] || '/' })),
);

const readGroups = parsedFile((text) =>
  text
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 3 && /^\d+$/.test(f[2]!))
    .map((f) => ({ name: f[0]!, gid: Number(f[2]) })),
);

/** The entries of /etc/passwd (shared: do not modify). */
export function passwd(fs: FileSystem): PasswdEntry[] {
  return readPasswd(fs, '/etc/passwd');
}

/** The entries of /etc/group (shared: do not modify). */
export function groups(fs: FileSystem): { name: string; gid: number }[] {
  return readGroups(fs, '/etc/group');
}

export function lookupUser(fs: FileSystem, name: string): User | null {
  const e = passwd(fs).find((p) => p.name === name);
  return e ? { uid: e.uid, gid: e.gid, name: e.name, home: e.home } : null;
}

export function lookupGroup(fs: FileSystem, name: string): number | null {
  return groups(fs).find((g) => g.name === name)?.gid ?? null;
}

export class UserError extends Error {}

/** The user a RUN or WORKDIR runs as (config.User: "name", "uid", "name:group", "uid:gid"). */
export function runUser(fs: FileSystem, spec: string): User {
  if (!spec) return { uid: 0, gid: 0, name: 'root', home: '/root' };
  const [u, g] = spec.split(':', 2) as [string, string | undefined];
  let user: User;
  if (/^\d+$/.test(u)) {
    const byUid = passwd(fs).find((p) => p.uid === Number(u));
    user = byUid ? { uid: byUid.uid, gid: byUid.gid, name: byUid.name, home: byUid.home } : { uid: Number(u), gid: 0, name: u, home: '/' };
  } else {
    const found = lookupUser(fs, u);
    if (!found) throw new UserError(`unable to find user ${u}: no matching entries in passwd file`);
    user = found;
  }
  if (g !== undefined) {
    const gid = /^\d+$/.test(g) ? Number(g) : lookupGroup(fs, g);
    if (gid === null) throw new UserError(`unable to find group ${g}: no matching entries in group file`);
    user = { ...user, gid };
  }
  return user;
}

/** COPY --chown=user[:group]: a user alone takes the user's primary group. */
export function chownIds(fs: FileSystem, spec: string): { uid: number; gid: number } {
  const [u, g] = spec.split(':', 2) as [string, string | undefined];
  let uid: number;
  let gid: number;
  if (/^\d+$/.test(u)) {
    uid = Number(u);
    gid = g === undefined ? Number(u) : 0;
  } else {
    const user = lookupUser(fs, u);
    if (!user) throw new UserError(`unable to convert uid/gid chown string to host mapping: can't find uid for user ${u}: no such user: ${u}`);
    uid = user.uid;
    gid = user.gid;
  }
  if (g !== undefined) {
    if (/^\d+$/.test(g)) gid = Number(g);
    else {
      const found = lookupGroup(fs, g);
      if (found === null) throw new UserError(`unable to convert uid/gid chown string to host mapping: can't find gid for group ${g}: no such group: ${g}`);
      gid = found;
    }
  }
  return { uid, gid };
}
