// Accounts: busybox adduser/addgroup/deluser/delgroup (Alpine), shadow-utils useradd/groupadd/
// userdel/groupdel/usermod -aG (Debian, Ubuntu, or Alpine with the shadow package) and Debian's
// own adduser/addgroup/deluser (a Perl wrapper around useradd). They edit the CONTENT of
// /etc/passwd, /etc/group, /etc/shadow and /etc/gshadow, so a later USER or --chown resolves
// the new names, and create home directories owned by the new user.
//
// Rules, from the sources of each tool:
// - busybox 1.36 (loginutils/adduser.c, addgroup.c): ids are the first free one from 1000, or
//   from 100 up to 999 with -S. adduser: gecos "Linux User,,,", shell = root's shell (/bin/false
//   with -S), home /home/NAME made with mode 2755 unless -H, primary group a new group of the
//   user's name whose gid equals the uid, or -G GROUP (the user also joins its member list), or
//   "nogroup" with -S and no -G. Without -D (which -S implies) it runs passwd, which fails
//   with no terminal.
// - shadow-utils 4.13 with Debian's login.defs (UID_MIN 1000, USERGROUPS_ENAB yes): useradd takes
//   the highest used id + 1 from 1000, or with -r the highest free id at or below 999; a new group
//   of the same name gets the uid as gid when free; the home is made only with -m (mode 0755 by
//   UMASK 022, /etc/skel copied); shell from /etc/default/useradd (SHELL=/bin/sh). Unless -l, the
//   user's record is written into /var/log/lastlog and /var/log/faillog, sparse files whose
//   apparent size grows with the uid and which a layer stores in full.
// - Debian adduser 3.134 (/usr/sbin/adduser, Debian/AdduserCommon.pm): --system takes the first
//   free uid from 100, group nogroup unless --group/--ingroup, home /nonexistent (not created),
//   shell /usr/sbin/nologin; a normal user the first free uid from 1000, a group of its name,
//   /home/NAME made with mode 0700, shell /bin/bash.
import { join, resolve } from '../../fs/path';
import { registerCommand, ok, fail, type CommandContext, type CommandResult } from '../model';
import { mkdirs, putFile, readText, rewriteText, type Owner } from './os-packages';
import { nextMtime } from './builtins';

/** Days since 1970 written as "last password change": the build day; the simulator uses 2026-01-01. */
const TODAY = 20454;

interface Account {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}
interface Group {
  name: string;
  gid: number;
  members: string[];
}

function lines(ctx: CommandContext, path: string): string[] {
  return (readText(ctx, path) ?? '').split('\n').filter((l) => l.trim() !== '');
}

function accounts(ctx: CommandContext): Account[] {
  return lines(ctx, '/etc/passwd')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 7)
    .map((f) => ({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), gecos: f[4]!, home: f[5]!, shell: f[6]! }));
}

function groupList(ctx: CommandContext): Group[] {
  return lines(ctx, '/etc/group')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 3)
    .map((f) => ({ name: f[0]!, gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }));
}

function append(ctx: CommandContext, path: string, line: string, mode: number, onlyIfExists = false): void {
  const old = readText(ctx, path);
  if (old === null) {
    if (onlyIfExists || ctx.fs.has(ctx.fs.realpath(path))) {
      if (ctx.fs.has(ctx.fs.realpath(path))) ctx.assume(`${path} has contents the simulator does not know; the new entry for it is not recorded`);
      return;
    }
    putFile(ctx, path, line + '\n', { mode, owner: { uid: 0, gid: path.includes('shadow') ? shadowGid(ctx) : 0 } });
    return;
  }
  rewriteText(ctx, path, (old === '' || old.endsWith('\n') ? old : old + '\n') + line + '\n', mode);
}

/** Rewrites the lines of a file that `edit` changes (returning null deletes the line). */
function editLines(ctx: CommandContext, path: string, edit: (fields: string[]) => string[] | null): void {
  const old = readText(ctx, path);
  if (old === null) return;
  const out: string[] = [];
  for (const l of old.split('\n')) {
    if (l.trim() === '') continue;
    const e = edit(l.split(':'));
    if (e) out.push(e.join(':'));
  }
  const next = out.join('\n') + '\n';
  if (next !== old) rewriteText(ctx, path, next, ctx.fs.get(ctx.fs.realpath(path))?.mode ?? 0o644);
}

function shadowGid(ctx: CommandContext): number {
  return groupList(ctx).find((g) => g.name === 'shadow')?.gid ?? 0;
}

function fileMode(ctx: CommandContext, path: string, dflt: number): number {
  return ctx.fs.get(ctx.fs.realpath(path))?.mode ?? dflt;
}

function addGroupLine(ctx: CommandContext, name: string, gid: number): void {
  append(ctx, '/etc/group', `${name}:x:${gid}:`, 0o644);
  append(ctx, '/etc/gshadow', `${name}:!::`, fileMode(ctx, '/etc/gshadow', 0o640), true);
}

function addMember(ctx: CommandContext, group: string, user: string): void {
  editLines(ctx, '/etc/group', (f) => {
    if (f[0] !== group) return f;
    const members = (f[3] ?? '').split(',').filter(Boolean);
    if (!members.includes(user)) members.push(user);
    return [f[0]!, f[1] ?? 'x', f[2] ?? '', members.join(',')];
  });
  editLines(ctx, '/etc/gshadow', (f) => {
    if (f[0] !== group) return f;
    const members = (f[3] ?? '').split(',').filter(Boolean);
    if (!members.includes(user)) members.push(user);
    return [f[0]!, f[1] ?? '!', f[2] ?? '', members.join(',')];
  });
}

function addAccount(ctx: CommandContext, a: Account, shadowAging: string): void {
  append(ctx, '/etc/passwd', `${a.name}:x:${a.uid}:${a.gid}:${a.gecos}:${a.home}:${a.shell}`, 0o644);
  append(ctx, '/etc/shadow', `${a.name}:!:${TODAY}:${shadowAging}`, fileMode(ctx, '/etc/shadow', 0o640), true);
}

/** Makes the home directory (owned by the user) and copies /etc/skel into it. */
function makeHome(ctx: CommandContext, a: Account, mode: number): CommandResult | null {
  const home = resolve('/', a.home);
  const owner: Owner = { uid: a.uid, gid: a.gid };
  const parent = mkdirs(ctx, home.slice(0, home.lastIndexOf('/')) || '/', { uid: 0, gid: 0 });
  if (parent === null) return fail(`mkdir: can't create directory '${a.home}': Not a directory\n`);
  const real = ctx.fs.realpath(home);
  const existing = ctx.fs.get(real);
  if (existing && existing.type !== 'dir') return fail(`mkdir: can't create directory '${a.home}': File exists\n`);
  ctx.fs.set(real, { type: 'dir', size: 0, mode, uid: a.uid, gid: a.gid, data: 'dir', origin: ctx.origin, layer: ctx.layer });
  const skel = ctx.fs.realpath('/etc/skel');
  for (const p of ctx.fs.walk(skel)) {
    const n = ctx.fs.get(p)!;
    const to = join(real, p.slice(skel.length + 1));
    if (n.type === 'dir') ctx.fs.set(to, { ...n, uid: owner.uid, gid: owner.gid, origin: ctx.origin, layer: ctx.layer });
    else ctx.fs.set(to, { ...n, uid: owner.uid, gid: owner.gid, origin: n.origin, layer: ctx.layer });
  }
  return null;
}

const SHADOW_ASSUMPTION = `the "last password change" field of /etc/shadow is the build day; the simulator writes ${TODAY} (2026-01-01)`;

/** Whether the command resolves to busybox (Alpine's applets) rather than shadow-utils / Debian's adduser. */
function isBusybox(ctx: CommandContext, name: string): boolean {
  for (const d of (ctx.env.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':')) {
    const p = join(resolve('/', d || '/'), name);
    if (!ctx.fs.get(ctx.fs.realpath(p))) continue;
    return /\/busybox$/.test(ctx.fs.realpath(p));
  }
  // Unknown image: busybox when the image looks like Alpine.
  return ctx.fs.has(ctx.fs.realpath('/etc/alpine-release')) || !ctx.fs.has(ctx.fs.realpath('/usr/sbin/useradd'));
}

/** getopt-style parsing: flags that take a value, bundled short flags, long options with `=`. */
function getopt(args: string[], withValue: string[]): { opts: Map<string, string>; operands: string[] } {
  const opts = new Map<string, string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(0, eq) : a;
      if (eq > 0) opts.set(key, a.slice(eq + 1));
      else if (withValue.includes(key)) opts.set(key, args[++i] ?? '');
      else opts.set(key, '');
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = '-' + a[j];
        if (withValue.includes(f)) {
          opts.set(f, a.slice(j + 1) || args[++i] || '');
          break;
        }
        opts.set(f, '');
      }
    } else operands.push(a);
  }
  return { opts, operands };
}

function firstFree(used: Set<number>, from: number, to: number): number | null {
  for (let id = from; id <= to; id++) if (!used.has(id)) return id;
  return null;
}

// ---- busybox ----------------------------------------------------------------------------------

function busyboxAddgroup(args: string[], ctx: CommandContext): CommandResult {
  const { opts, operands } = getopt(args, ['-g', '--gid']);
  const system = opts.has('-S') || opts.has('--system');
  const groups = groupList(ctx);
  if (operands.length === 2) {
    // addgroup USER GROUP: add an existing user to an existing group.
    const [user, group] = operands as [string, string];
    if (!accounts(ctx).some((a) => a.name === user)) return fail(`addgroup: unknown user ${user}\n`);
    if (!groups.some((g) => g.name === group)) return fail(`addgroup: unknown group ${group}\n`);
    addMember(ctx, group, user);
    return ok();
  }
  const name = operands[0];
  if (!name) return fail('BusyBox v1.36.1 multi-call binary.\n\nUsage: addgroup [-g GID] [-S] [USER] GROUP\n');
  if (groups.some((g) => g.name === name)) return fail(`addgroup: group '${name}' in use\n`);
  const used = new Set(groups.map((g) => g.gid));
  let gid: number | null;
  if (opts.has('-g') || opts.has('--gid')) {
    gid = Number(opts.get('-g') ?? opts.get('--gid'));
    if (used.has(gid)) return fail(`addgroup: gid '${gid}' in use\n`);
  } else gid = system ? firstFree(used, 100, 999) : firstFree(used, 1000, 60000);
  if (gid === null) return fail('addgroup: no gids left\n');
  addGroupLine(ctx, name, gid);
  return ok();
}

function busyboxAdduser(args: string[], ctx: CommandContext): CommandResult {
  const { opts, operands } = getopt(args, ['-h', '-g', '-s', '-G', '-u', '-k', '--home', '--gecos', '--shell', '--ingroup', '--uid']);
  const get = (s: string, l: string) => opts.get(s) ?? opts.get(l);
  const system = opts.has('-S') || opts.has('--system');
  const name = operands[0];
  if (!name) return fail('BusyBox v1.36.1 multi-call binary.\n\nUsage: adduser [OPTIONS] USER [GROUP]\n');
  const groups = groupList(ctx);
  const users = accounts(ctx);
  let usegroup = get('-G', '--ingroup');
  if (!usegroup && operands[1]) {
    if (!users.some((a) => a.name === name)) return fail(`adduser: unknown user ${name}\n`);
    return busyboxAddgroup([name, operands[1]], ctx);
  }
  if (!/^[a-zA-Z0-9_.][a-zA-Z0-9_.-]*\$?$/.test(name) || name.startsWith('-')) return fail(`adduser: illegal character in '${name}'\n`);
  if (users.some((a) => a.name === name)) return fail(`adduser: user '${name}' in use\n`);
  const rootShell = users.find((a) => a.uid === 0)?.shell || '/bin/sh';
  let shell = get('-s', '--shell') ?? rootShell;
  if (system) {
    usegroup ??= 'nogroup';
    if (!opts.has('-s') && !opts.has('--shell')) shell = '/bin/false';
  }
  let gid = -1;
  if (usegroup) {
    const g = /^\d+$/.test(usegroup) ? groups.find((x) => x.gid === Number(usegroup)) : groups.find((x) => x.name === usegroup);
    if (!g) return fail(`adduser: unknown group ${usegroup}\n`);
    gid = g.gid;
  }
  const usedUids = new Set(users.map((a) => a.uid));
  const usedGids = new Set(groups.map((g) => g.gid));
  const fixed = get('-u', '--uid');
  let uid = fixed !== undefined ? Number(fixed) : system ? 100 : 1000;
  const max = system && fixed === undefined ? 999 : 60000;
  while (usedUids.has(uid) || (gid === -1 && usedGids.has(uid))) {
    if (fixed !== undefined) return fail(`adduser: uid '${uid}' in use\n`);
    if (uid === max) return fail('adduser: no uids left\n');
    uid++;
  }
  if (gid === -1) {
    if (groups.some((g) => g.name === name)) return fail(`adduser: group '${name}' in use\n`);
    gid = uid;
  }
  const account: Account = { name, uid, gid, gecos: get('-g', '--gecos') ?? 'Linux User,,,', home: get('-h', '--home') ?? `/home/${name}`, shell };
  addAccount(ctx, account, '0:99999:7:::');
  ctx.assume(SHADOW_ASSUMPTION);
  // busybox runs `addgroup` for the primary group: a new group, or the user joins the given one.
  if (usegroup) addMember(ctx, groups.find((g) => g.gid === gid)!.name, name);
  else addGroupLine(ctx, name, gid);
  if (!opts.has('-H') && !opts.has('--no-create-home')) {
    const err = makeHome(ctx, account, 0o2755);
    if (err) return err;
  }
  // getopt32's "SD": -S implies -D.
  if (!system && !opts.has('-D') && !opts.has('--disabled-password')) {
    // adduser execs passwd, which reads the new password from the terminal a build does not have.
    return { status: 1, stderr: `Changing password for ${name}\nNew password: \npasswd: password for ${name} is unchanged\n` };
  }
  return ok();
}

function busyboxDeluser(args: string[], ctx: CommandContext, group: boolean): CommandResult {
  const { opts, operands } = getopt(args, []);
  const [name, second] = operands;
  if (!name) return fail(`${group ? 'delgroup' : 'deluser'}: missing operand\n`);
  if (group) {
    if (second) {
      editLines(ctx, '/etc/group', (f) => (f[0] === second ? [f[0]!, f[1]!, f[2]!, (f[3] ?? '').split(',').filter((m) => m && m !== name).join(',')] : f));
      return ok();
    }
    if (!groupList(ctx).some((g) => g.name === name)) return fail(`delgroup: unknown group ${name}\n`);
    const g = groupList(ctx).find((x) => x.name === name)!;
    const owner = accounts(ctx).find((a) => a.gid === g.gid);
    if (owner) return fail(`delgroup: '${owner.name}' still has '${name}' as their primary group!\n`);
    editLines(ctx, '/etc/group', (f) => (f[0] === name ? null : f));
    editLines(ctx, '/etc/gshadow', (f) => (f[0] === name ? null : f));
    return ok();
  }
  const user = accounts(ctx).find((a) => a.name === name);
  if (!user) return fail(`deluser: unknown user ${name}\n`);
  editLines(ctx, '/etc/passwd', (f) => (f[0] === name ? null : f));
  editLines(ctx, '/etc/shadow', (f) => (f[0] === name ? null : f));
  editLines(ctx, '/etc/group', (f) => (f.length >= 4 ? [f[0]!, f[1]!, f[2]!, (f[3] ?? '').split(',').filter((m) => m && m !== name).join(',')] : f));
  // busybox also deletes the group of the same name, unless another user has it as primary group.
  const same = groupList(ctx).find((g) => g.name === name);
  if (same && !accounts(ctx).some((a) => a.gid === same.gid)) {
    editLines(ctx, '/etc/group', (f) => (f[0] === name ? null : f));
    editLines(ctx, '/etc/gshadow', (f) => (f[0] === name ? null : f));
  }
  if (opts.has('--remove-home')) ctx.fs.remove(ctx.fs.realpath(user.home));
  return ok();
}

// ---- shadow-utils -----------------------------------------------------------------------------

function loginDefs(ctx: CommandContext, key: string, dflt: number): number {
  const m = new RegExp(`^\\s*${key}\\s+(\\d+)`, 'm').exec(readText(ctx, '/etc/login.defs') ?? '');
  return m ? Number(m[1]) : dflt;
}

/** shadow-utils' find_new_uid/gid: highest used + 1 in the normal range; highest free from the top for system ids. */
function newId(used: Set<number>, system: boolean, min: number, max: number, sysMin: number, sysMax: number, preferred?: number): number | null {
  if (preferred !== undefined && !used.has(preferred) && (system ? preferred >= sysMin && preferred <= sysMax : preferred >= min && preferred <= max)) return preferred;
  if (system) {
    for (let id = sysMax; id >= sysMin; id--) if (!used.has(id)) return id;
    return null;
  }
  const inRange = [...used].filter((id) => id >= min && id <= max);
  const next = inRange.length ? Math.max(...inRange) + 1 : min;
  if (next <= max) return next;
  return firstFree(used, min, max);
}

function defaultShell(ctx: CommandContext): string {
  return /^SHELL=(.+)$/m.exec(readText(ctx, '/etc/default/useradd') ?? '')?.[1]?.trim() ?? '/bin/sh';
}

export function useradd(args: string[], ctx: CommandContext): CommandResult {
  const { opts, operands } = getopt(args, ['-u', '-g', '-G', '-d', '-s', '-c', '-k', '-K', '-e', '-f', '-p', '-b', '--uid', '--gid', '--groups', '--home-dir', '--home', '--shell', '--comment', '--skel', '--key', '--base-dir', '--password']);
  const get = (s: string, l: string) => opts.get(s) ?? opts.get(l);
  const has = (s: string, l: string) => opts.has(s) || opts.has(l);
  const name = operands[0];
  if (!name) return fail('Usage: useradd [options] LOGIN\n', 2);
  const system = has('-r', '--system');
  const users = accounts(ctx);
  const groups = groupList(ctx);
  if (users.some((a) => a.name === name)) return fail(`useradd: user '${name}' already exists\n`, 9);
  const [min, max] = [loginDefs(ctx, 'UID_MIN', 1000), loginDefs(ctx, 'UID_MAX', 60000)];
  const [sysMin, sysMax] = [loginDefs(ctx, 'SYS_UID_MIN', 100), loginDefs(ctx, 'SYS_UID_MAX', 999)];
  const usedUids = new Set(users.map((a) => a.uid));
  let uid: number | null;
  const fixed = get('-u', '--uid');
  if (fixed !== undefined) {
    uid = Number(fixed);
    if (usedUids.has(uid) && !has('-o', '--non-unique')) return fail(`useradd: UID ${uid} is not unique\n`, 4);
  } else uid = newId(usedUids, system, min, max, sysMin, sysMax);
  if (uid === null) return fail("useradd: can't create user\n", 4);
  let gid: number;
  let newGroup = false;
  const g = get('-g', '--gid');
  if (g !== undefined) {
    const found = /^\d+$/.test(g) ? groups.find((x) => x.gid === Number(g)) ?? { name: g, gid: Number(g), members: [] } : groups.find((x) => x.name === g);
    if (!found) return fail(`useradd: group '${g}' does not exist\n`, 6);
    gid = found.gid;
  } else if (!has('-N', '--no-user-group')) {
    if (groups.some((x) => x.name === name)) return fail(`useradd: group ${name} exists - if you want to add this user to that group, use -g.\n`, 9);
    const usedGids = new Set(groups.map((x) => x.gid));
    const id = newId(usedGids, system, loginDefs(ctx, 'GID_MIN', 1000), loginDefs(ctx, 'GID_MAX', 60000), loginDefs(ctx, 'SYS_GID_MIN', 100), loginDefs(ctx, 'SYS_GID_MAX', 999), uid);
    if (id === null) return fail("useradd: can't create group\n", 4);
    gid = id;
    newGroup = true;
  } else gid = 100;
  const extra = (get('-G', '--groups') ?? '').split(',').filter(Boolean);
  for (const x of extra) if (!groups.some((y) => y.name === x || String(y.gid) === x)) return fail(`useradd: group '${x}' does not exist\n`, 6);
  const home = get('-d', '--home-dir') ?? get('-d', '--home') ?? join(get('-b', '--base-dir') ?? '/home', name);
  const account: Account = { name, uid, gid, gecos: get('-c', '--comment') ?? '', home, shell: get('-s', '--shell') ?? defaultShell(ctx) };
  if (newGroup) addGroupLine(ctx, name, gid);
  addAccount(ctx, account, system ? ':::::' : `${loginDefs(ctx, 'PASS_MIN_DAYS', 0)}:${loginDefs(ctx, 'PASS_MAX_DAYS', 99999)}:${loginDefs(ctx, 'PASS_WARN_AGE', 7)}:::`);
  ctx.assume(SHADOW_ASSUMPTION);
  for (const x of extra) addMember(ctx, groups.find((y) => y.name === x || String(y.gid) === x)!.name, name);
  const createHome = has('-m', '--create-home') || (!has('-M', '--no-create-home') && !system && /^\s*CREATE_HOME\s+yes/im.test(readText(ctx, '/etc/login.defs') ?? ''));
  if (createHome) {
    const err = makeHome(ctx, account, 0o755);
    if (err) return err;
  }
  if (!system) addSubordinateIds(ctx, name);
  // Debian 12's useradd leaves /var/log/lastlog and faillog alone (case 48: neither shows in the
  // layer, with or without -l), so -l / --no-log-init changes nothing here.
  return ok();
}

export function groupadd(args: string[], ctx: CommandContext): CommandResult {
  const { opts, operands } = getopt(args, ['-g', '--gid', '-K', '--key', '-p', '--password']);
  const name = operands[0];
  if (!name) return fail('Usage: groupadd [options] GROUP\n', 2);
  const groups = groupList(ctx);
  if (groups.some((g) => g.name === name)) {
    if (opts.has('-f') || opts.has('--force')) return ok();
    return fail(`groupadd: group '${name}' already exists\n`, 9);
  }
  const used = new Set(groups.map((g) => g.gid));
  let gid: number | null;
  const fixed = opts.get('-g') ?? opts.get('--gid');
  if (fixed !== undefined) {
    gid = Number(fixed);
    if (used.has(gid) && !(opts.has('-o') || opts.has('--non-unique'))) {
      if (opts.has('-f') || opts.has('--force')) gid = newId(used, false, 1000, 60000, 100, 999);
      else return fail(`groupadd: GID '${gid}' already exists\n`, 4);
    }
  } else {
    const system = opts.has('-r') || opts.has('--system');
    gid = newId(used, system, loginDefs(ctx, 'GID_MIN', 1000), loginDefs(ctx, 'GID_MAX', 60000), loginDefs(ctx, 'SYS_GID_MIN', 100), loginDefs(ctx, 'SYS_GID_MAX', 999));
  }
  if (gid === null) return fail("groupadd: can't create group\n", 4);
  addGroupLine(ctx, name, gid);
  return ok();
}

/** Account tools need root: they rewrite /etc/passwd and friends. */
function asRoot(name: string, run: (args: string[], ctx: CommandContext) => CommandResult) {
  return (args: string[], ctx: CommandContext): CommandResult => {
    if (ctx.user.uid !== 0) return fail(name.startsWith('add') || name.startsWith('del') ? `${name}: permission denied (are you root?)\n` : `${name}: Permission denied.\n${name}: cannot lock /etc/passwd; try again later.\n`);
    return run(args, ctx);
  };
}

/** The account databases shadow-utils locks, backs up (FILE-) and rewrites. */
const SHADOW_DBS = ['/etc/passwd', '/etc/group', '/etc/shadow', '/etc/gshadow', '/etc/subuid', '/etc/subgid'];

/**
 * shadow-utils commits like this (case 48): it takes /etc/.pwd.lock, and every database it
 * changes gets a backup FILE- holding the previous content, with the same mode and owner.
 */
function committing(run: (args: string[], ctx: CommandContext) => CommandResult) {
  return (args: string[], ctx: CommandContext): CommandResult => {
    const before = new Map(SHADOW_DBS.map((p) => [p, { text: readText(ctx, p), node: ctx.fs.get(ctx.fs.realpath(p)) }]));
    const result = run(args, ctx);
    if (result.status !== 0) return result;
    let changed = false;
    for (const [path, old] of before) {
      const now = ctx.fs.get(ctx.fs.realpath(path));
      if (!now || now === old.node) continue;
      changed = true;
      const template = old.node ?? now;
      putFile(ctx, path + '-', old.text ?? '', { mode: template.mode, owner: { uid: template.uid, gid: template.gid } });
    }
    if (changed) {
      // The lock file is (re)created on every commit, so it lands in the layer even when it existed.
      putFile(ctx, '/etc/.pwd.lock', '', { mode: 0o600, owner: { uid: 0, gid: 0 } });
      const lock = ctx.fs.get('/etc/.pwd.lock');
      if (lock) ctx.fs.set('/etc/.pwd.lock', { ...lock, mtime: nextMtime() });
    }
    return result;
  };
}

/** useradd gives a regular (non-system) user subordinate id ranges (SUB_UID_MIN, SUB_UID_COUNT). */
function addSubordinateIds(ctx: CommandContext, name: string): void {
  for (const path of ['/etc/subuid', '/etc/subgid']) {
    const old = readText(ctx, path) ?? '';
    const ranges = old.split('\n').map((l) => l.split(':')).filter((f) => f.length === 3).map((f) => Number(f[1]) + Number(f[2]));
    const start = Math.max(loginDefs(ctx, path.endsWith('uid') ? 'SUB_UID_MIN' : 'SUB_GID_MIN', 100000), ...ranges);
    const count = loginDefs(ctx, path.endsWith('uid') ? 'SUB_UID_COUNT' : 'SUB_GID_COUNT', 65536);
    const node = ctx.fs.get(ctx.fs.realpath(path));
    putFile(ctx, path, old + `${name}:${start}:${count}\n`, { mode: node?.mode ?? 0o644, owner: { uid: node?.uid ?? 0, gid: node?.gid ?? 0 } });
  }
}

registerCommand({ names: ['useradd'], run: asRoot('useradd', committing(useradd)) });
registerCommand({ names: ['groupadd'], run: asRoot('groupadd', committing(groupadd)) });

registerCommand({
  names: ['userdel', 'groupdel'],
  run(args, ctx) {
    const { opts, operands } = getopt(args, []);
    const name = operands[0];
    if (!name) return fail('Usage: userdel [options] LOGIN\n', 2);
    // A userdel/groupdel call is told apart by the account files it finds the name in.
    if (accounts(ctx).some((a) => a.name === name)) {
      const user = accounts(ctx).find((a) => a.name === name)!;
      const r = busyboxDeluser([name], ctx, false);
      if (r.status === 0 && (opts.has('-r') || opts.has('--remove'))) ctx.fs.remove(ctx.fs.realpath(user.home));
      return r;
    }
    if (groupList(ctx).some((g) => g.name === name)) return busyboxDeluser([name], ctx, true);
    return fail(`userdel: user '${name}' does not exist\n`, 6);
  },
});

registerCommand({
  names: ['usermod'],
  run(args, ctx) {
    const { opts, operands } = getopt(args, ['-G', '--groups', '-g', '--gid', '-s', '--shell', '-d', '--home', '-u', '--uid', '-c', '--comment', '-l', '--login']);
    const name = operands[0];
    if (!name || !accounts(ctx).some((a) => a.name === name)) return fail(`usermod: user '${name ?? ''}' does not exist\n`, 6);
    const groups = (opts.get('-G') ?? opts.get('--groups') ?? '').split(',').filter(Boolean);
    for (const g of groups) {
      if (!groupList(ctx).some((x) => x.name === g)) return fail(`usermod: group '${g}' does not exist\n`, 6);
      addMember(ctx, g, name);
    }
    const shell = opts.get('-s') ?? opts.get('--shell');
    const gid = opts.get('-g') ?? opts.get('--gid');
    const gidNum = gid === undefined ? undefined : /^\d+$/.test(gid) ? Number(gid) : groupList(ctx).find((x) => x.name === gid)?.gid;
    if (gid !== undefined && gidNum === undefined) return fail(`usermod: group '${gid}' does not exist\n`, 6);
    const uid = opts.get('-u') ?? opts.get('--uid');
    editLines(ctx, '/etc/passwd', (f) => (f[0] === name ? [f[0]!, f[1]!, uid ?? f[2]!, gidNum !== undefined ? String(gidNum) : f[3]!, f[4]!, f[5]!, shell ?? f[6]!] : f));
    if (uid !== undefined) ctx.assume(`usermod -u: files in the home directory keep their old owner in the simulator`);
    return ok();
  },
});

// ---- the adduser/addgroup/deluser/delgroup names: busybox or Debian's --------------------------

function debianAdduser(args: string[], ctx: CommandContext, addgroup: boolean): CommandResult {
  const { opts, operands } = getopt(args, ['--home', '--shell', '--uid', '--gid', '--ingroup', '--gecos', '--comment', '--firstuid', '--lastuid', '--firstgid', '--lastgid', '--add-extra-groups', '--conf']);
  const system = opts.has('--system');
  const group = addgroup || (opts.has('--group') && !system);
  const name = operands[0];
  if (!name) return fail('adduser: Only one or two names allowed.\n', 1);
  const users = accounts(ctx);
  const groups = groupList(ctx);
  if (operands.length === 2 && !addgroup) {
    const [user, g] = operands as [string, string];
    if (!users.some((a) => a.name === user)) return fail(`adduser: The user \`${user}' does not exist.\n`, 1);
    if (!groups.some((x) => x.name === g)) return fail(`adduser: The group \`${g}' does not exist.\n`, 1);
    addMember(ctx, g, user);
    return ok(text(`Adding user \`${user}' to group \`${g}' ...\nDone.\n`));
  }
  if (group) {
    if (groups.some((g) => g.name === name)) return fail(`addgroup: The group \`${name}' already exists.\n`, 1);
    const used = new Set(groups.map((g) => g.gid));
    const gid = opts.has('--gid') ? Number(opts.get('--gid')) : system ? firstFree(used, 100, 999) : firstFree(used, 1000, 59999);
    if (gid === null) return fail('addgroup: No GID is available.\n', 1);
    addGroupLine(ctx, name, gid);
    return ok(text(`Adding group \`${name}' (GID ${gid}) ...\nDone.\n`));
  }
  if (users.some((a) => a.name === name)) {
    if (system) return ok();
    return fail(`adduser: The user \`${name}' already exists.\n`, 1);
  }
  const usedU = new Set(users.map((a) => a.uid));
  const usedG = new Set(groups.map((g) => g.gid));
  const [from, to] = system ? [100, 999] : [1000, 59999];
  let uid = opts.has('--uid') ? Number(opts.get('--uid')) : null;
  const makeGroup = system ? opts.has('--group') : !opts.has('--ingroup') && !opts.has('--gid');
  if (uid === null) {
    // A normal user with its own group takes the first free uid/gid pair; a system user the first free uid.
    for (let id = from; id <= to && uid === null; id++) if (!usedU.has(id) && (system || !makeGroup || !usedG.has(id))) uid = id;
  }
  if (uid === null) return fail('adduser: No UID is available.\n', 1);
  let gid: number;
  if (opts.has('--ingroup')) {
    const g = groups.find((x) => x.name === opts.get('--ingroup'));
    if (!g) return fail(`adduser: The group \`${opts.get('--ingroup')}' does not exist.\n`, 1);
    gid = g.gid;
  } else if (opts.has('--gid')) gid = Number(opts.get('--gid'));
  else if (makeGroup) {
    if (groups.some((g) => g.name === name)) return fail(`adduser: The group \`${name}' already exists.\n`, 1);
    gid = system ? firstFree(usedG, 100, 999) ?? uid : usedG.has(uid) ? firstFree(usedG, from, to) ?? uid : uid;
    addGroupLine(ctx, name, gid);
  } else gid = groups.find((g) => g.name === 'nogroup')?.gid ?? 65534;
  const home = opts.get('--home') ?? (system ? '/nonexistent' : `/home/${name}`);
  const gecos = opts.get('--gecos') ?? opts.get('--comment') ?? '';
  const account: Account = { name, uid, gid, gecos, home, shell: opts.get('--shell') ?? (system ? '/usr/sbin/nologin' : '/bin/bash') };
  addAccount(ctx, account, system ? ':::::' : '0:99999:7:::');
  ctx.assume(SHADOW_ASSUMPTION);
  if (!opts.has('--no-create-home') && !/^\/+nonexistent(\/|$)/.test(home)) {
    const err = makeHome(ctx, account, system ? 0o755 : 0o700);
    if (err) return err;
  }
  if (!system && !opts.has('--disabled-password') && !opts.has('--disabled-login')) {
    return { status: 1, stdout: text(`Adding user \`${name}' ...\n`), stderr: 'New password: Retype new password: passwd: Authentication token manipulation error\npasswd: password unchanged\n' };
  }
  if (!system && !opts.has('--gecos') && !opts.has('--comment')) {
    ctx.assume(`adduser asks for the full name and other details on a terminal; with none (as in a build) the answers are empty`);
  }
  return ok(text(`Adding ${system ? 'system ' : ''}user \`${name}' (${uid}) ...\n`));
}

const text = (s: string) => ({ text: s });

registerCommand({ names: ['adduser'], run: asRoot('adduser', (args, ctx) => (isBusybox(ctx, 'adduser') ? busyboxAdduser(args, ctx) : debianAdduser(args, ctx, false))) });
registerCommand({ names: ['addgroup'], run: asRoot('addgroup', (args, ctx) => (isBusybox(ctx, 'addgroup') ? busyboxAddgroup(args, ctx) : debianAdduser(args, ctx, true))) });
registerCommand({ names: ['deluser'], run: asRoot('deluser', (args, ctx) => busyboxDeluser(args.filter((a) => a !== '--remove-all-files'), ctx, false)) });
registerCommand({ names: ['delgroup'], run: asRoot('delgroup', (args, ctx) => busyboxDeluser(args, ctx, true)) });
