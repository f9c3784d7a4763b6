// NDCCheck
