echo checked
cat /deps.txt
