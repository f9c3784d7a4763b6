// NDCCompile
