#ifndef NDC_FILE_SPACE_H
#define NDC_FILE_SPACE_H

/// Gives the space of the bytes [offset, offset + length) of an open file back to the file
/// system (Linux `fallocate` with FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE): the range reads
/// as zeros afterwards, its blocks are freed and its pages leave the page cache at once, dirty
/// or not. 0, or -1 with errno set (ENOTSUP where the system or file system cannot do it).
int ndc_release_file_range(int fd, long long offset, long long length);

#endif
