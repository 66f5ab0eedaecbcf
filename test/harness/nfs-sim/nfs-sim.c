/*
 * nfs-sim: a FUSE passthrough filesystem that behaves, for locking, like an
 * NFS client mount. A SIMULATION for tests (this machine kind has no kernel
 * NFS client), started twice on one backing directory to act as two clients:
 *   - attribute and name caching: entries, attributes and negative lookups
 *     are cached by the kernel for <delay> seconds (like NFS acregmin/acdirmin);
 *   - close-to-open consistency: file data is re-read on open (no keep_cache)
 *     and written through, so a correct lock sees the last holder's data;
 *   - O_EXCL is not atomic across clients: exclusive create is "does it
 *     exist? then create", with <window> microseconds between (as NFSv2
 *     and clients without exclusive-create support do it);
 *   - flock is unsupported (ENOLCK); fcntl locks stay local to each client,
 *     as on a mount with -o nolock (no lock manager);
 *   - mkdir, link and rename are single operations on the backing directory,
 *     atomic as they are on an NFS server.
 * Usage: nfs-sim <backing-dir> <mountpoint> <delay-seconds> <window-us>
 * Runs in the foreground; stop it with fusermount3 -u <mountpoint>.
 */
#define FUSE_USE_VERSION 31
#include <fuse.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <unistd.h>

static char backing[PATH_MAX];
static double delay;
static unsigned window_us;

static void real(char *out, const char *path) { snprintf(out, PATH_MAX, "%s%s", backing, path); }
#define REAL(name, path) char name[PATH_MAX]; real(name, path)
#define CHECK(call) return (call) == -1 ? -errno : 0

static void *sim_init(struct fuse_conn_info *conn, struct fuse_config *cfg) {
  (void)conn;
  cfg->attr_timeout = delay;
  cfg->entry_timeout = delay;
  cfg->negative_timeout = delay;
  cfg->kernel_cache = 0;
  cfg->hard_remove = 1;
  cfg->use_ino = 1;
  return NULL;
}

static int sim_getattr(const char *path, struct stat *st, struct fuse_file_info *fi) {
  if (fi) CHECK(fstat(fi->fh, st));
  REAL(p, path);
  CHECK(lstat(p, st));
}

static int sim_readdir(const char *path, void *buf, fuse_fill_dir_t fill, off_t off, struct fuse_file_info *fi, enum fuse_readdir_flags flags) {
  (void)off; (void)fi; (void)flags;
  REAL(p, path);
  DIR *dir = opendir(p);
  if (!dir) return -errno;
  for (struct dirent *e; (e = readdir(dir));) fill(buf, e->d_name, NULL, 0, 0);
  closedir(dir);
  return 0;
}

static int sim_mkdir(const char *path, mode_t mode) { REAL(p, path); CHECK(mkdir(p, mode)); }
static int sim_unlink(const char *path) { REAL(p, path); CHECK(unlink(p)); }
static int sim_rmdir(const char *path) { REAL(p, path); CHECK(rmdir(p)); }
static int sim_truncate(const char *path, off_t size, struct fuse_file_info *fi) {
  if (fi) CHECK(ftruncate(fi->fh, size));
  REAL(p, path);
  CHECK(truncate(p, size));
}
static int sim_utimens(const char *path, const struct timespec tv[2], struct fuse_file_info *fi) {
  (void)fi;
  REAL(p, path);
  CHECK(utimensat(AT_FDCWD, p, tv, AT_SYMLINK_NOFOLLOW));
}
static int sim_chmod(const char *path, mode_t mode, struct fuse_file_info *fi) { (void)fi; REAL(p, path); CHECK(chmod(p, mode)); }

static int sim_rename(const char *from, const char *to, unsigned int flags) {
  if (flags) return -EINVAL;
  REAL(a, from);
  REAL(b, to);
  CHECK(rename(a, b));
}

static int sim_link(const char *from, const char *to) {
  REAL(a, from);
  REAL(b, to);
  CHECK(link(a, b));
}

static int sim_open(const char *path, struct fuse_file_info *fi) {
  REAL(p, path);
  int fd = open(p, fi->flags & ~O_CREAT);
  if (fd == -1) return -errno;
  fi->fh = fd;
  return 0;
}

/* Exclusive create the way a client without atomic exclusive create does it: look, wait a round trip, create. */
static int sim_create(const char *path, mode_t mode, struct fuse_file_info *fi) {
  REAL(p, path);
  int flags = fi->flags;
  if (flags & O_EXCL) {
    struct stat st;
    if (lstat(p, &st) == 0) return -EEXIST;
    if (window_us) usleep(window_us);
    flags &= ~O_EXCL;
  }
  int fd = open(p, flags | O_CREAT, mode);
  if (fd == -1) return -errno;
  fi->fh = fd;
  return 0;
}

static int sim_read(const char *path, char *buf, size_t size, off_t off, struct fuse_file_info *fi) {
  (void)path;
  ssize_t n = pread(fi->fh, buf, size, off);
  return n == -1 ? -errno : (int)n;
}

/* The backing file is open with the caller's flags: with O_APPEND, Linux pwrite appends at the real end. */
static int sim_write(const char *path, const char *buf, size_t size, off_t off, struct fuse_file_info *fi) {
  (void)path;
  ssize_t n = pwrite(fi->fh, buf, size, off);
  return n == -1 ? -errno : (int)n;
}

static int sim_release(const char *path, struct fuse_file_info *fi) { (void)path; close(fi->fh); return 0; }
static int sim_fsync(const char *path, int datasync, struct fuse_file_info *fi) { (void)path; CHECK(datasync ? fdatasync(fi->fh) : fsync(fi->fh)); }
static int sim_statfs(const char *path, struct statvfs *st) { REAL(p, path); CHECK(statvfs(p, st)); }
static int sim_access(const char *path, int mask) { REAL(p, path); CHECK(access(p, mask)); }

/* No lock manager for flock on this "NFS" mount. */
static int sim_flock(const char *path, struct fuse_file_info *fi, int op) { (void)path; (void)fi; (void)op; return -ENOLCK; }

static const struct fuse_operations ops = {
  .init = sim_init, .getattr = sim_getattr, .readdir = sim_readdir, .mkdir = sim_mkdir, .unlink = sim_unlink,
  .rmdir = sim_rmdir, .truncate = sim_truncate, .utimens = sim_utimens, .chmod = sim_chmod, .rename = sim_rename,
  .link = sim_link, .open = sim_open, .create = sim_create, .read = sim_read, .write = sim_write,
  .release = sim_release, .fsync = sim_fsync, .statfs = sim_statfs, .access = sim_access, .flock = sim_flock,
};

int main(int argc, char **argv) {
  if (argc != 5 || !realpath(argv[1], backing)) {
    fprintf(stderr, "usage: nfs-sim <backing-dir> <mountpoint> <delay-seconds> <window-us>\n");
    return 2;
  }
  delay = atof(argv[3]);
  window_us = (unsigned)strtoul(argv[4], NULL, 10);
  char *fuse_argv[] = { argv[0], argv[2], "-f", "-o", "fsname=nfs-sim,subtype=nfs-sim", NULL };
  return fuse_main(5, fuse_argv, &ops, NULL);
}
