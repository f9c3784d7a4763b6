// NDCExport
