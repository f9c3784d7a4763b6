#ifndef NDC_FILE_SPACE_H
#define NDC_FILE_SPACE_H

/// Gives the space of the bytes [offset, offset + length) of an open file back to the file
/// system (Linux `fallocate` with FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE): the range reads
/// as zeros afterwards, its blocks are freed and its pages leave the page cache at once, dirty
/// or not. 0, or -1 with errno set (ENOTSUP where the system or file system cannot do it).
int ndc_release_file_range(int fd, long long offset, long long length);

/// Copies up to `length` bytes of the file `from`, at `*offset` (advanced by what was copied),
/// to the file `to` at its file position, inside the kernel (Linux `copy_file_range`): the
/// bytes never pass through the caller's memory. How many were copied (0 at the end of
/// `from`), or -1 with errno set (EXDEV, EINVAL, ENOSYS, … where the files or the system
/// cannot do it; the caller then copies through memory).
long long ndc_copy_file_range(int from, long long *offset, int to, long long length);

#endif
