// `fallocate` and its flags are declared only with _GNU_SOURCE, which Swift's Glibc module is
// not built with: hence this one C function.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>

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
