// `fallocate`, `copy_file_range` and their flags are declared only with _GNU_SOURCE, which
// Swift's Glibc module is not built with: hence these C functions.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "file_space.h"

int ndc_release_file_range(int fd, long long offset, long long length) {
#if defined(__linux__) && defined(FALLOC_FL_PUNCH_HOLE) && defined(FALLOC_FL_KEEP_SIZE)
  return fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)offset, (off_t)length);
#else
  (void)fd;
  (void)offset;
  (void)length;
  errno = ENOTSUP;
  return -1;
#endif
}

long long ndc_copy_file_range(int from, long long *offset, int to, long long length) {
#if defined(__linux__)
  off_t at = (off_t)*offset;
  ssize_t copied = copy_file_range(from, &at, to, NULL, (size_t)length, 0);
  *offset = (long long)at;
  return (long long)copied;
#else
  (void)from;
  (void)offset;
  (void)to;
  (void)length;
  errno = ENOSYS;
  return -1;
#endif
}
