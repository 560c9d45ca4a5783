// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"
#include "app/PrivateFiles.h"

int main(int argc, char *argv[])
{
    // Before anything can create a file: the home is private whatever the umask.
    pingjia::restrictNewFilesToOwner();
    return pingjia::runApplication(argc, argv);
}
