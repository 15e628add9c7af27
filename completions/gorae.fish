# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_gorae_global_optspecs
    string join \n log-level= root= runroot= tmpdir= storage-driver= storage-opt= events-backend= cgroup-manager= noout runtime= runtime-flag= conmon= hooks-dir= network-cmd-path= network-config-dir= volumepath= namespace= syslog= url= identity= ssh= r/remote c/connection= v/version h/help
end

function __fish_gorae_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_gorae_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_gorae_using_subcommand
    set -l cmd (__fish_gorae_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c gorae -n "__fish_gorae_needs_command" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_needs_command" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_needs_command" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_needs_command" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_needs_command" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_needs_command" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_needs_command" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_needs_command" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_needs_command" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_needs_command" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_needs_command" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_needs_command" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_needs_command" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_needs_command" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_needs_command" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_needs_command" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_needs_command" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_needs_command" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_needs_command" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_needs_command" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_needs_command" -s c -l connection -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_needs_command" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_needs_command" -s r -l remote -d 'Refused until gorae serves podman\'s REST API'
complete -c gorae -n "__fish_gorae_needs_command" -s v -l version -d 'Print version'
complete -c gorae -n "__fish_gorae_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "search" -d 'Search a registry\'s catalogue for images (or list a repository\'s tags)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "build" -d 'Build an image from a Containerfile'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "login" -d 'Log in to a registry (credentials go to auth.json)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "save" -d 'Save images to an archive (docker-archive, oci-archive, oci-dir)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "load" -d 'Load images from an archive'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "import" -d 'Create an image from a tarball'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tarball'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "history" -d 'Show an image\'s history'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "images" -d 'List images in local storage'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "image" -d 'Manage images'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "create" -d 'Create a container without starting it'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "start" -d 'Start one or more containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "stop" -d 'Stop one or more containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "kill" -d 'Send a signal to one or more containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "wait" -d 'Wait for containers to exit and print their exit codes'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "logs" -d 'Show a container\'s output'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "exec" -d 'Run a process in a running container'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "rename" -d 'Rename a container'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "diff" -d 'Show the changes to a container\'s filesystem'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "top" -d 'Show the processes of a container'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "cp" -d 'Copy files between a container and the host'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "pause" -d 'Pause all processes of containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "unpause" -d 'Resume paused containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "update" -d 'Change a running container\'s resource limits (and its restart policy)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "stats" -d 'Show resource use of containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "attach" -d 'Attach to a running container\'s output (and stdin with -i)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "port" -d 'List a container\'s published ports'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "mount" -d 'Mount containers\' root filesystems (rootless: inside `gorae unshare`)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "unmount" -d 'Unmount containers\' root filesystems'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "container" -d 'Manage containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "network" -d 'Manage user-defined networks'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "secret" -d 'Manage secrets'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "pod" -d 'Manage pods'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "kube" -d 'Play, tear down and generate Kubernetes YAML'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "compose" -d 'Run multi-container applications from compose files'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "generate" -d 'Generate Kubernetes YAML (podman\'s older spelling of `kube generate`)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "play" -d 'Play Kubernetes YAML (podman\'s older spelling of `kube play`)'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "healthcheck" -d 'Run container health checks'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "ps" -d 'List containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "tag" -d 'Add an additional name to a local image'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "untag" -d 'Remove a name from a local image'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "inspect" -d 'Display the configuration of images or containers'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "version" -d 'Display the gorae version information'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "info" -d 'Display system information'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "events" -d 'Show events: containers created, started, died, removed; images pulled, removed'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "system" -d 'Manage gorae: info, df, prune, reset'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "completion" -d 'Generate shell completion scripts'
complete -c gorae -n "__fish_gorae_needs_command" -f -a "unshare" -d 'Run a command in gorae\'s user namespace (to inspect or delete store files owned by subuids)'
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l platform -d 'Use this OS/ARCH[/VARIANT] instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l os -d 'Use this OS instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l variant -d 'Use this architecture variant' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pull" -s q -l quiet -d 'Suppress progress output'
complete -c gorae -n "__fish_gorae_using_subcommand pull" -s a -l all-tags -d 'Every tag of the repository named (which names no tag)'
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l disable-content-trust -d 'A Docker option that podman takes and ignores: gorae\'s trust is policy.json\'s'
complete -c gorae -n "__fish_gorae_using_subcommand pull" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pull" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand search" -l limit -d 'At most this many results per registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -s f -l filter -d 'stars=N, is-official=BOOL, is-automated=BOOL (a registry\'s catalogue has no stars and nothing official or automated: only Docker Hub\'s search has them)' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand search" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand search" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand search" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand search" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand search" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand search" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand search" -l list-tags -d 'List the tags of the named repository instead'
complete -c gorae -n "__fish_gorae_using_subcommand search" -l no-trunc -d 'Do not truncate the output'
complete -c gorae -n "__fish_gorae_using_subcommand search" -l compatible -d 'Show the stars, official and automated columns, as docker does'
complete -c gorae -n "__fish_gorae_using_subcommand search" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand search" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand build" -s t -l tag -d 'Name the image (repeatable)' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -s f -l file -d 'The Containerfile (default: Containerfile or Dockerfile in the context)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l build-arg -d 'Set a build argument (NAME=VALUE, or NAME to take it from the environment)' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l target -d 'Stop after this stage' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l pull -d 'Pull base images: always, missing (default), never, newer; bare --pull is always' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l layers -d 'Cache intermediate layers (gorae always does; --layers=false is accepted)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand build" -l label -d 'Add a label to the image (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l platform -d 'The platform: only the host\'s is built' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l network -d 'Network for RUN steps: pasta (default), slirp4netns, host, none' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand build" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand build" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand build" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand build" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand build" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand build" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand build" -l no-cache -d 'Do not use the step cache'
complete -c gorae -n "__fish_gorae_using_subcommand build" -l squash-all -d 'Squash every layer, the base image\'s too, into one'
complete -c gorae -n "__fish_gorae_using_subcommand build" -l squash -d 'Squash the layers this build adds into one (the base image\'s stay)'
complete -c gorae -n "__fish_gorae_using_subcommand build" -s q -l quiet -d 'Print only the image ID'
complete -c gorae -n "__fish_gorae_using_subcommand build" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand build" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l compression-format -d 'Compress layers with gzip or zstd (layers stored otherwise are recompressed)' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l digestfile -d 'Write the pushed manifest\'s digest to this file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l sign-by -d 'Add a signature at the destination using the specified key' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l sign-by-sigstore-private-key -d 'Sign the image using a sigstore private key at PATH' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l sign-passphrase-file -d 'Read a passphrase for signing an image from PATH' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand push" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand push" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand push" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand push" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand push" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand push" -l disable-content-trust -d 'A Docker option that podman takes and ignores: gorae signs with --sign-by'
complete -c gorae -n "__fish_gorae_using_subcommand push" -s q -l quiet -d 'No progress on stderr'
complete -c gorae -n "__fish_gorae_using_subcommand push" -l remove-signatures -d 'Discard any pre-existing signatures in the image (gorae never copies them)'
complete -c gorae -n "__fish_gorae_using_subcommand push" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand push" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand login" -s u -l username -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -s p -l password -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand login" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand login" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand login" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand login" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand login" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand login" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand login" -l password-stdin -d 'Read the password from stdin'
complete -c gorae -n "__fish_gorae_using_subcommand login" -l get-login -d 'Print the user name stored for the registry'
complete -c gorae -n "__fish_gorae_using_subcommand login" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand login" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand logout" -s a -l all -d 'Remove every stored login'
complete -c gorae -n "__fish_gorae_using_subcommand logout" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand logout" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand save" -s o -l output -d 'Write to this file (or directory, for oci-dir) instead of stdout' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l format -d 'docker-archive (default), oci-archive, oci-dir or docker-dir' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand save" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand save" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand save" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand save" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand save" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand save" -s m -l multi-image-archive -d 'Save several images into one archive (always on for docker-archive and OCI)'
complete -c gorae -n "__fish_gorae_using_subcommand save" -s q -l quiet -d 'Print nothing but errors'
complete -c gorae -n "__fish_gorae_using_subcommand save" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand save" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand load" -s i -l input -d 'Read from this archive (or OCI layout directory) instead of stdin' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand load" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand load" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand load" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand load" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand load" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand load" -s q -l quiet -d 'Print nothing but errors'
complete -c gorae -n "__fish_gorae_using_subcommand load" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand load" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image\'s config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR, VOLUME, STOPSIGNAL)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -s m -l message -d 'A comment for the image\'s history' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l os -d 'The image\'s OS (default: the host\'s)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l arch -d 'The image\'s architecture (default: the host\'s)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l variant -d 'The image\'s architecture variant (v7, v8, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand import" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand import" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand import" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand import" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand import" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand import" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand import" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand import" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand import" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand import" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand import" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand import" -s q -l quiet -d 'Print nothing but the image ID'
complete -c gorae -n "__fish_gorae_using_subcommand import" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand import" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand export" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand export" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand export" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand export" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand export" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand export" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand export" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand export" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image\'s config' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s m -l message -d 'A comment for the image\'s history' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s a -l author -d 'The image\'s author' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s p -l pause -d 'Pause the container while committing (accepted; gorae reads its changes as they are)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s f -l format -d 'docker or oci: the image\'s format (gorae writes OCI)' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l iidfile -d 'Write the image\'s ID to this file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s q -l quiet -d 'Print nothing but the image ID'
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l include-volumes -d 'Make the container\'s volumes the image\'s VOLUMEs'
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s s -l squash -d 'One layer with the whole filesystem, not the changes on the image\'s layers'
complete -c gorae -n "__fish_gorae_using_subcommand commit" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand commit" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand history" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand history" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand history" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand history" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand history" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand history" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand history" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand history" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand history" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand history" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand history" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand history" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand history" -s q -l quiet -d 'Print IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand history" -l no-trunc -d 'Do not truncate'
complete -c gorae -n "__fish_gorae_using_subcommand history" -s H -l human -d 'Sizes and dates for humans (the default)'
complete -c gorae -n "__fish_gorae_using_subcommand history" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand history" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand images" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -s f -l filter -d 'reference=, before=, since=, until=, dangling=true|false, label=KEY[=VALUE], id=, digest= (repeat to narrow)' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand images" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand images" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand images" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand images" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand images" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand images" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand images" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand images" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand images" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand images" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand images" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand images" -s a -l all -d 'Show all images (no intermediate images exist yet, so the same as without)'
complete -c gorae -n "__fish_gorae_using_subcommand images" -s q -l quiet -d 'Print image IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand images" -s n -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand images" -l no-trunc -d 'Do not truncate output'
complete -c gorae -n "__fish_gorae_using_subcommand images" -l digests -d 'Show digests'
complete -c gorae -n "__fish_gorae_using_subcommand images" -l history -d 'Show the names each image has had, the latest first'
complete -c gorae -n "__fish_gorae_using_subcommand images" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand images" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "ls" -d 'List images in local storage'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "pull" -d 'Pull an image from a registry'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "tag" -d 'Add an additional name to a local image'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "untag" -d 'Remove a name from a local image'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "rm" -d 'Remove one or more images from local storage'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "inspect" -d 'Display the configuration of an image'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "prune" -d 'Remove unused images'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "search" -d 'Search a registry\'s catalogue for images (or list a repository\'s tags)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "exists" -d 'Exit 0 if the image exists locally, 1 if not'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "save" -d 'Save images to an archive'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "load" -d 'Load images from an archive'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "import" -d 'Create an image from a tarball'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "history" -d 'Show an image\'s history'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "push" -d 'Push an image to a registry'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "build" -d 'Build an image from a Containerfile'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "trust" -d 'Show or set the trust policy (policy.json) for pulling images'
complete -c gorae -n "__fish_gorae_using_subcommand image; and not __fish_seen_subcommand_from ls pull tag untag rm inspect prune search exists save load import history push build trust sign" -f -a "sign" -d 'Sign an image in a registry with a GPG key'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'reference=, before=, since=, until=, dangling=true|false, label=KEY[=VALUE], id=, digest= (repeat to narrow)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created (newest first, the default), id, repository, size or tag' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (no intermediate images exist yet, so the same as without)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print image IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate output'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l history -d 'Show the names each image has had, the latest first'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Use this OS/ARCH[/VARIANT] instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'Use this OS instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Use this architecture variant' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Suppress progress output'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Every tag of the repository named (which names no tag)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l disable-content-trust -d 'A Docker option that podman takes and ignores: gorae\'s trust is policy.json\'s'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove images even when containers use them (removing those containers)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Keep dangling parent images: gorae\'s images have no parents, so nothing but the images named is ever removed'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output as JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'label=KEY[=VALUE], label!=…, until=TIME: only the unused images that match (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l external -d 'Also images that only other tools\' containers use: gorae\'s store has no such containers, so this prunes what the command would prune anyway'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l limit -d 'At most this many results per registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -s f -l filter -d 'stars=N, is-official=BOOL, is-automated=BOOL (a registry\'s catalogue has no stars and nothing official or automated: only Docker Hub\'s search has them)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l list-tags -d 'List the tags of the named repository instead'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l no-trunc -d 'Do not truncate the output'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l compatible -d 'Show the stars, official and automated columns, as docker does'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file (or directory, for oci-dir) instead of stdout' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'docker-archive (default), oci-archive, oci-dir or docker-dir' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Save several images into one archive (always on for docker-archive and OCI)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print nothing but errors'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from this archive (or OCI layout directory) instead of stdin' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print nothing but errors'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image\'s config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, WORKDIR, VOLUME, STOPSIGNAL)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'A comment for the image\'s history' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l os -d 'The image\'s OS (default: the host\'s)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l arch -d 'The image\'s architecture (default: the host\'s)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l variant -d 'The image\'s architecture variant (v7, v8, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing but the image ID'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Sizes and dates for humans (the default)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compress layers with gzip or zstd (layers stored otherwise are recompressed)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the pushed manifest\'s digest to this file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-by -d 'Add a signature at the destination using the specified key' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-by-sigstore-private-key -d 'Sign the image using a sigstore private key at PATH' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-passphrase-file -d 'Read a passphrase for signing an image from PATH' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l disable-content-trust -d 'A Docker option that podman takes and ignores: gorae signs with --sign-by'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'No progress on stderr'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Discard any pre-existing signatures in the image (gorae never copies them)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name the image (repeatable)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'The Containerfile (default: Containerfile or Dockerfile in the context)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'Set a build argument (NAME=VALUE, or NAME to take it from the environment)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Stop after this stage' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'Pull base images: always, missing (default), never, newer; bare --pull is always' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Cache intermediate layers (gorae always does; --layers=false is accepted)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'Add a label to the image (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'The platform: only the host\'s is built' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l network -d 'Network for RUN steps: pasta (default), slirp4netns, host, none' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the step cache'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l squash-all -d 'Squash every layer, the base image\'s too, into one'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'Squash the layers this build adds into one (the base image\'s stay)'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image ID'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -f -a "set" -d 'Set the trust policy of the default or of a registry or repository'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from trust" -f -a "show" -d 'Display the trust policy'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -s d -l directory -d 'Define an alternate directory to store signatures' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l sign-by -d 'Name of the signing key (a fingerprint, key ID or user ID of the user\'s gpg keyring)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l sign-passphrase-file -d 'Read the key\'s passphrase from PATH' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -s a -l all -d 'Sign all the manifests of the multi-architecture image'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand image; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 of this command on to the container\'s process' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s a -l attach -d 'Attach only these streams of a foreground container: stdin, stdout, stderr (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l sig-proxy -d 'Forward signals gorae receives to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l stop-signal -d 'Signal to stop the container (default: the image\'s STOPSIGNAL, else SIGTERM)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s v -l volume -d 'Bind mount or volume: [SOURCE:]DESTINATION[:OPTIONS] (ro, rw, z, Z, nosuid, nodev, noexec)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: DESTINATION[:OPTIONS]' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s m -l memory -d 'Memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l memory-swap -d 'Memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l memory-reservation -d 'Memory soft limit' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cpus -d 'CPU limit, in CPUs (1.5)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cpuset-cpus -d 'CPUs the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l pids-limit -d 'Process limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l blkio-weight -d 'Block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l blkio-weight-device -d 'Block IO weight of one device: DEVICE:WEIGHT (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l device-read-bps -d 'Read rate limit of a device: DEVICE:RATE (1mb, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l device-write-bps -d 'Write rate limit of a device: DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l device-read-iops -d 'Read operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l device-write-iops -d 'Write operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cpu-period -d 'CPU CFS period, in microseconds (with --cpu-quota)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cpu-quota -d 'CPU CFS quota per period, in microseconds' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cpu-rt-period -d 'Realtime CPU period (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cpu-rt-runtime -d 'Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cpuset-mems -d 'Memory nodes the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l memory-swappiness -d 'Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cgroup-conf -d 'A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container\'s cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cgroups -d 'The container\'s cgroup: enabled (its own), disabled (none: the caller\'s), no-conmon (its own; the monitor stays in the caller\'s), split (both below the caller\'s own cgroup, for systemd units)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cgroup-parent -d 'The cgroup (a path under /sys/fs/cgroup) to create the container\'s cgroup in' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l sdnotify -d 'With systemd\'s NOTIFY_SOCKET: who says READY=1: container, conmon (gorae, once the container runs), healthy (once its health check passed) or ignore' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cidfile -d 'Write the container\'s ID to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l pidfile -d 'Write the PID of the container\'s first process to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l conmon-pidfile -d 'Write the PID of the container\'s monitor (podman\'s conmon) to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l health-cmd -d 'Health check command (a shell command, a JSON array, or "none")' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l health-interval -d 'Time between health checks (e.g. 30s; "disable" for manual checks only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l health-retries -d 'Failures in a row before the container is unhealthy' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l health-timeout -d 'Time a check may take' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l health-start-period -d 'Grace period in which failures don\'t count' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l userns -d 'User namespace mode: keep-id (your UID and GID inside), or host (the default)' -r -f -a "keep-id\t''
host\t''
\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -s l -l label -d 'Set a label on the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l restart -d 'Restart policy for detached containers: no, always, unless-stopped, on-failure[:N]' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cap-add -d 'Add capabilities (NET_ADMIN, CAP_SYS_TIME, …, or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cap-drop -d 'Drop capabilities (or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l group-add -d 'Additional groups for the container\'s user' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, mask=PATHS, unmask=PATHS|ALL, proc-opts=OPTIONS, no-new-privileges, label=disable' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l seccomp-policy -d 'Where the seccomp profile comes from: default, or image (the image\'s io.containers.seccomp.profile label, over --security-opt seccomp=)' -r -f -a "default\t''
image\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l name -d 'Assign a name to the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to take it from the host)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s u -l user -d 'Run as USER[:GROUP] (names or numbers)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint (a string, or a JSON array)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s h -l hostname -d 'Set the container\'s hostname' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l network -d 'Network mode: pasta[:OPTS] (the default when installed), slirp4netns[:OPTS], host, none, container:NAME (share another container\'s), ns:PATH, or a network\'s name (repeat it for more user-defined networks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l pod -d 'Run in a pod (sharing its network, IPC and UTS namespaces)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l network-alias -d 'Another name for the container on its network' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default, for `logs`) or none' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l mac-address -d 'The MAC address of the container\'s interface (pasta, slirp4netns)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l ip -d 'The container\'s IPv4 address on its user-defined network (NAME:ip=ADDR for several)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l ip6 -d 'The container\'s IPv6 address on its user-defined network' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -s p -l publish -d 'Publish a port: [ip:][hostPort:]containerPort[/tcp|udp], ranges allowed' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l dns -d 'DNS servers for the container\'s /etc/resolv.conf (none: leave the image\'s as it is)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l dns-search -d 'DNS search domains' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l dns-option -d 'resolv.conf options (ndots:2, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l add-host -d 'Add a line to /etc/hosts: NAME:IP' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l pull -d 'When to pull the image: always, missing, never, newer' -r -f -a "always\t''
missing\t''
never\t''
newer\t''
true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l ipc -d 'IPC namespace: private (the default; also shareable), host, none (no /dev/shm), container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l pid -d 'PID namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l uts -d 'UTS namespace (host and domain name): private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cgroupns -d 'cgroup namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l shm-size -d 'Size of /dev/shm (64m by default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l tz -d 'The container\'s time zone: local (the host\'s) or a zone name (Europe/Seoul); its zone file is bound at /etc/localtime' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l ulimit -d 'Resource limit of the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, …; -1 for unlimited), or host' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l umask -d 'The umask of the container\'s processes (default 0022)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l oom-score-adj -d 'The OOM killer\'s score adjustment of the container\'s processes (-1000 to 1000; rootless, only at or above gorae\'s own)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l personality -d 'Execution domain: LINUX, or LINUX32 (a 32-bit `uname -m`)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l device -d 'Bind a host device node (or every one below a directory) into the container: HOST[:CONTAINER][:PERMISSIONS]; rootless there is no device cgroup, so what the node allows on the host holds (without w the bind is read-only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l device-cgroup-rule -d 'A device cgroup rule (refused: rootless containers have no device cgroup, as in podman)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l label-file -d 'Read labels from a file (KEY=VALUE lines; # comments)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l unsetenv -d 'Remove a variable from the container\'s environment (the image\'s or a default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l env-merge -d 'Set a variable using the image\'s values: NAME=VALUE with ${NAME} (PATH=/opt/bin:${PATH})' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l expose -d 'Expose a port or a range (PORT[-PORT][/PROTOCOL]): listed in inspect, published by -P' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /run, /tmp and /var/tmp (the default; false: none)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l log-opt -d 'Logging option: path=FILE (where the k8s-file log goes), tag=TAG' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l health-on-failure -d 'What to do when the health check says unhealthy: none, kill, restart or stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each, the default), tmpfs, or ignore' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l chrootdirs -d 'Directories inside the container that get /etc/hosts and /etc/resolv.conf too (for chroots in it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l init-path -d 'With --init: this init binary (catatonit, tini, …) as PID 1 instead of gorae\'s own; it is bound at /run/podman-init and runs the command after --' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l passwd -d 'Add the user to the container\'s /etc/passwd and /etc/group where the image lacks it (--userns keep-id, --hostuser, a numeric --user); false: add nothing' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l passwd-entry -d 'The passwd line added: a template with $USERNAME, $UID, $GID, $NAME and $HOME' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l hostuser -d 'Add a host user (name or UID) to the container\'s /etc/passwd' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l secret -d 'Give the container a secret (`gorae secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0444] (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l timeout -d 'Kill the container after this many seconds (0: never)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l requires -d 'Containers to start before this one (names or IDs, comma-separated)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l volumes-from -d 'Mount the volumes and binds of another container: CONTAINER[:ro|rw|z]' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l pod-id-file -d 'Read the pod to run in from this file (as written by pod create --pod-id-file)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l systemd -d 'systemd mode: true (when the command is /sbin/init, /usr/sbin/init, …/systemd), false, always. It gets tmpfs on /run, /run/lock, /tmp and /var/log/journal, a writable /sys/fs/cgroup and SIGRTMIN+3 to stop' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l uidmap -d 'Refused: gorae can\'t give a container a user namespace of its own mapping yet' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l gidmap -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l subuidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l subgidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l platform -d 'Use this OS/ARCH[/VARIANT] instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l os -d 'Use this OS instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l variant -d 'Use this architecture variant' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand run" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand run" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand run" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l rootfs -d 'The first argument is a directory to run as the root, not an image (PATH:O: an overlay on it, which leaves it unchanged)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l replace -d 'Replace a container of the same name'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l oom-kill-disable -d 'Disable the OOM killer (cgroup v2 can\'t: never in force, and said)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l init -d 'Run gorae\'s minimal init as PID 1: it forwards signals and reaps zombies'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l no-healthcheck -d 'Disable the image\'s health check'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l read-only -d 'Make the root filesystem read-only (with tmpfs on /tmp, /var/tmp, /run)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l privileged -d 'All capabilities, no seccomp filter, no masked kernel paths (still rootless)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -s i -l interactive -d 'Keep stdin open'
complete -c gorae -n "__fish_gorae_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c gorae -n "__fish_gorae_using_subcommand run" -s P -l publish-all -d 'Publish every port the image EXPOSEs to a random host port'
complete -c gorae -n "__fish_gorae_using_subcommand run" -s q -l quiet -d 'Suppress pull progress output'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (gorae writes none)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l env-host -d 'Pass gorae\'s whole environment to the container'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l unsetenv-all -d 'Start with no default or image variables: only those given'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l disable-content-trust -d 'Docker\'s content trust: does nothing, as in podman (image signatures are checked by policy.json)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l rmi -d 'Remove the image after the container exits, unless other containers use it (implies --rm)'
complete -c gorae -n "__fish_gorae_using_subcommand run" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 of this command on to the container\'s process' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s a -l attach -d 'Attach only these streams of a foreground container: stdin, stdout, stderr (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l sig-proxy -d 'Forward signals gorae receives to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l stop-signal -d 'Signal to stop the container (default: the image\'s STOPSIGNAL, else SIGTERM)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s v -l volume -d 'Bind mount or volume: [SOURCE:]DESTINATION[:OPTIONS] (ro, rw, z, Z, nosuid, nodev, noexec)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: DESTINATION[:OPTIONS]' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s m -l memory -d 'Memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l memory-swap -d 'Memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l memory-reservation -d 'Memory soft limit' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cpus -d 'CPU limit, in CPUs (1.5)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cpuset-cpus -d 'CPUs the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l pids-limit -d 'Process limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l blkio-weight -d 'Block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l blkio-weight-device -d 'Block IO weight of one device: DEVICE:WEIGHT (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l device-read-bps -d 'Read rate limit of a device: DEVICE:RATE (1mb, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l device-write-bps -d 'Write rate limit of a device: DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l device-read-iops -d 'Read operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l device-write-iops -d 'Write operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cpu-period -d 'CPU CFS period, in microseconds (with --cpu-quota)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cpu-quota -d 'CPU CFS quota per period, in microseconds' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cpu-rt-period -d 'Realtime CPU period (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cpu-rt-runtime -d 'Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cpuset-mems -d 'Memory nodes the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l memory-swappiness -d 'Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cgroup-conf -d 'A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container\'s cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cgroups -d 'The container\'s cgroup: enabled (its own), disabled (none: the caller\'s), no-conmon (its own; the monitor stays in the caller\'s), split (both below the caller\'s own cgroup, for systemd units)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cgroup-parent -d 'The cgroup (a path under /sys/fs/cgroup) to create the container\'s cgroup in' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l sdnotify -d 'With systemd\'s NOTIFY_SOCKET: who says READY=1: container, conmon (gorae, once the container runs), healthy (once its health check passed) or ignore' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cidfile -d 'Write the container\'s ID to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l pidfile -d 'Write the PID of the container\'s first process to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l conmon-pidfile -d 'Write the PID of the container\'s monitor (podman\'s conmon) to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l health-cmd -d 'Health check command (a shell command, a JSON array, or "none")' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l health-interval -d 'Time between health checks (e.g. 30s; "disable" for manual checks only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l health-retries -d 'Failures in a row before the container is unhealthy' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l health-timeout -d 'Time a check may take' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l health-start-period -d 'Grace period in which failures don\'t count' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l userns -d 'User namespace mode: keep-id (your UID and GID inside), or host (the default)' -r -f -a "keep-id\t''
host\t''
\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -s l -l label -d 'Set a label on the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l restart -d 'Restart policy for detached containers: no, always, unless-stopped, on-failure[:N]' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cap-add -d 'Add capabilities (NET_ADMIN, CAP_SYS_TIME, …, or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cap-drop -d 'Drop capabilities (or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l group-add -d 'Additional groups for the container\'s user' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, mask=PATHS, unmask=PATHS|ALL, proc-opts=OPTIONS, no-new-privileges, label=disable' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l seccomp-policy -d 'Where the seccomp profile comes from: default, or image (the image\'s io.containers.seccomp.profile label, over --security-opt seccomp=)' -r -f -a "default\t''
image\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l name -d 'Assign a name to the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to take it from the host)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s u -l user -d 'Run as USER[:GROUP] (names or numbers)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l entrypoint -d 'Override the image\'s entrypoint (a string, or a JSON array)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s h -l hostname -d 'Set the container\'s hostname' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l network -d 'Network mode: pasta[:OPTS] (the default when installed), slirp4netns[:OPTS], host, none, container:NAME (share another container\'s), ns:PATH, or a network\'s name (repeat it for more user-defined networks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l pod -d 'Run in a pod (sharing its network, IPC and UTS namespaces)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l network-alias -d 'Another name for the container on its network' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default, for `logs`) or none' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l mac-address -d 'The MAC address of the container\'s interface (pasta, slirp4netns)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l ip -d 'The container\'s IPv4 address on its user-defined network (NAME:ip=ADDR for several)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l ip6 -d 'The container\'s IPv6 address on its user-defined network' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -s p -l publish -d 'Publish a port: [ip:][hostPort:]containerPort[/tcp|udp], ranges allowed' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l dns -d 'DNS servers for the container\'s /etc/resolv.conf (none: leave the image\'s as it is)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l dns-search -d 'DNS search domains' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l dns-option -d 'resolv.conf options (ndots:2, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l pull -d 'When to pull the image: always, missing, never, newer' -r -f -a "always\t''
missing\t''
never\t''
newer\t''
true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l ipc -d 'IPC namespace: private (the default; also shareable), host, none (no /dev/shm), container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l pid -d 'PID namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l uts -d 'UTS namespace (host and domain name): private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cgroupns -d 'cgroup namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l shm-size -d 'Size of /dev/shm (64m by default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l tz -d 'The container\'s time zone: local (the host\'s) or a zone name (Europe/Seoul); its zone file is bound at /etc/localtime' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l ulimit -d 'Resource limit of the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, …; -1 for unlimited), or host' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l umask -d 'The umask of the container\'s processes (default 0022)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l oom-score-adj -d 'The OOM killer\'s score adjustment of the container\'s processes (-1000 to 1000; rootless, only at or above gorae\'s own)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l personality -d 'Execution domain: LINUX, or LINUX32 (a 32-bit `uname -m`)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l device -d 'Bind a host device node (or every one below a directory) into the container: HOST[:CONTAINER][:PERMISSIONS]; rootless there is no device cgroup, so what the node allows on the host holds (without w the bind is read-only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l device-cgroup-rule -d 'A device cgroup rule (refused: rootless containers have no device cgroup, as in podman)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l label-file -d 'Read labels from a file (KEY=VALUE lines; # comments)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l unsetenv -d 'Remove a variable from the container\'s environment (the image\'s or a default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l env-merge -d 'Set a variable using the image\'s values: NAME=VALUE with ${NAME} (PATH=/opt/bin:${PATH})' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l expose -d 'Expose a port or a range (PORT[-PORT][/PROTOCOL]): listed in inspect, published by -P' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /run, /tmp and /var/tmp (the default; false: none)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l log-opt -d 'Logging option: path=FILE (where the k8s-file log goes), tag=TAG' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l health-on-failure -d 'What to do when the health check says unhealthy: none, kill, restart or stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each, the default), tmpfs, or ignore' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l chrootdirs -d 'Directories inside the container that get /etc/hosts and /etc/resolv.conf too (for chroots in it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l init-path -d 'With --init: this init binary (catatonit, tini, …) as PID 1 instead of gorae\'s own; it is bound at /run/podman-init and runs the command after --' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l passwd -d 'Add the user to the container\'s /etc/passwd and /etc/group where the image lacks it (--userns keep-id, --hostuser, a numeric --user); false: add nothing' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l passwd-entry -d 'The passwd line added: a template with $USERNAME, $UID, $GID, $NAME and $HOME' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l hostuser -d 'Add a host user (name or UID) to the container\'s /etc/passwd' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l secret -d 'Give the container a secret (`gorae secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0444] (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l timeout -d 'Kill the container after this many seconds (0: never)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l requires -d 'Containers to start before this one (names or IDs, comma-separated)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l volumes-from -d 'Mount the volumes and binds of another container: CONTAINER[:ro|rw|z]' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l pod-id-file -d 'Read the pod to run in from this file (as written by pod create --pod-id-file)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l systemd -d 'systemd mode: true (when the command is /sbin/init, /usr/sbin/init, …/systemd), false, always. It gets tmpfs on /run, /run/lock, /tmp and /var/log/journal, a writable /sys/fs/cgroup and SIGRTMIN+3 to stop' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l uidmap -d 'Refused: gorae can\'t give a container a user namespace of its own mapping yet' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l gidmap -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l subuidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l subgidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l platform -d 'Use this OS/ARCH[/VARIANT] instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l os -d 'Use this OS instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l variant -d 'Use this architecture variant' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand create" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand create" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand create" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l rootfs -d 'The first argument is a directory to run as the root, not an image (PATH:O: an overlay on it, which leaves it unchanged)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -s d -l detach -d 'Run in the background and print the container ID'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l replace -d 'Replace a container of the same name'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l oom-kill-disable -d 'Disable the OOM killer (cgroup v2 can\'t: never in force, and said)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l init -d 'Run gorae\'s minimal init as PID 1: it forwards signals and reaps zombies'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l no-healthcheck -d 'Disable the image\'s health check'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l read-only -d 'Make the root filesystem read-only (with tmpfs on /tmp, /var/tmp, /run)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l privileged -d 'All capabilities, no seccomp filter, no masked kernel paths (still rootless)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -s i -l interactive -d 'Keep stdin open'
complete -c gorae -n "__fish_gorae_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c gorae -n "__fish_gorae_using_subcommand create" -s P -l publish-all -d 'Publish every port the image EXPOSEs to a random host port'
complete -c gorae -n "__fish_gorae_using_subcommand create" -s q -l quiet -d 'Suppress pull progress output'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (gorae writes none)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l env-host -d 'Pass gorae\'s whole environment to the container'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l unsetenv-all -d 'Start with no default or image variables: only those given'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l disable-content-trust -d 'Docker\'s content trust: does nothing, as in podman (image signatures are checked by policy.json)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l rmi -d 'Remove the image after the container exits, unless other containers use it (implies --rm)'
complete -c gorae -n "__fish_gorae_using_subcommand create" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand start" -l detach-keys -d 'With --attach --interactive: the keys that detach (ctrl-p,ctrl-q by default; "" none)' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l sig-proxy -d 'With --attach --interactive: forward the signals start receives to the container' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand start" -l filter -d 'Start the containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand start" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand start" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand start" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand start" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand start" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand start" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand start" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand start" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand start" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand start" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand start" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand start" -s a -l attach -d 'Attach: print the container\'s output and exit with its status'
complete -c gorae -n "__fish_gorae_using_subcommand start" -s i -l interactive -d 'Attach stdin too (for containers created with -i)'
complete -c gorae -n "__fish_gorae_using_subcommand start" -l all -d 'Start every container that is not running'
complete -c gorae -n "__fish_gorae_using_subcommand start" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand start" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand start" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container (default: its stop timeout, 10)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand stop" -s a -l all -d 'Stop all running containers'
complete -c gorae -n "__fish_gorae_using_subcommand stop" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand stop" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand stop" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand stop" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kill" -s a -l all -d 'Kill all running containers'
complete -c gorae -n "__fish_gorae_using_subcommand kill" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand kill" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand kill" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand restart" -s t -l time -d 'Seconds to wait before killing the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand restart" -s a -l all -d 'Restart all containers'
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l running -d 'With --all: only the running containers'
complete -c gorae -n "__fish_gorae_using_subcommand restart" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand restart" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand restart" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l condition -d 'Wait until the container reaches this state (created, running, paused, stopping, exited or stopped, healthy, unhealthy); repeat for any of several. Default: stopped' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -s i -l interval -d 'Time between polls: a duration, or milliseconds (default 250ms)' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand wait" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand wait" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand wait" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l tail -d 'Show only the last N lines' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l since -d 'Show entries since this time (RFC 3339, a date, Unix seconds, or a duration like 10m)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l until -d 'Show entries before this time (as --since; a duration counts from now)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand logs" -s f -l follow -d 'Follow the output until the container exits'
complete -c gorae -n "__fish_gorae_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c gorae -n "__fish_gorae_using_subcommand logs" -s n -l names -d 'Begin each line with the container\'s name, not its ID (with several containers)'
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l color -d 'Give each container\'s lines their own color (with several containers)'
complete -c gorae -n "__fish_gorae_using_subcommand logs" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand logs" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand logs" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; a bare KEY takes gorae\'s)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 of this command on to the process' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s u -l user -d 'Run as USER[:GROUP]' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s d -l detach -d 'Run in the background'
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s i -l interactive -d 'Keep stdin open'
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l privileged -d 'Give the process all capabilities and no seccomp filter'
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand exec" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand exec" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rename" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand rename" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l format -d 'Output format: json, or the default lines' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand diff" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand diff" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand diff" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand top" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand top" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand top" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand top" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand top" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand top" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand top" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand top" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand top" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand top" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand top" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand top" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand top" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand top" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand top" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand cp" -s a -l archive -d 'Into a container, the copies belong to its user (--user\'s uid and gid; the default); --archive=false leaves them to its root' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l overwrite -d 'Let a directory replace a non-directory, and the reverse'
complete -c gorae -n "__fish_gorae_using_subcommand cp" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand cp" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pause" -s a -l all -d 'Pause (unpause) every running (paused) container'
complete -c gorae -n "__fish_gorae_using_subcommand pause" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand pause" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pause" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -s a -l all -d 'Pause (unpause) every running (paused) container'
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand update" -s m -l memory -d 'Memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l memory-swap -d 'Memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l memory-reservation -d 'Memory soft limit' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cpus -d 'CPU limit, in CPUs (1.5)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cpuset-cpus -d 'CPUs the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l pids-limit -d 'Process limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l blkio-weight -d 'Block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l blkio-weight-device -d 'Block IO weight of one device: DEVICE:WEIGHT (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l device-read-bps -d 'Read rate limit of a device: DEVICE:RATE (1mb, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l device-write-bps -d 'Write rate limit of a device: DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l device-read-iops -d 'Read operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l device-write-iops -d 'Write operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cpu-period -d 'CPU CFS period, in microseconds (with --cpu-quota)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cpu-quota -d 'CPU CFS quota per period, in microseconds' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cpu-rt-period -d 'Realtime CPU period (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cpu-rt-runtime -d 'Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cpuset-mems -d 'Memory nodes the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l memory-swappiness -d 'Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cgroup-conf -d 'A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container\'s cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l restart -d 'A new restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand update" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand update" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand update" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand update" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand update" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand update" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand update" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand update" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand update" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand update" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand update" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand update" -l oom-kill-disable -d 'Disable the OOM killer (cgroup v2 can\'t: never in force, and said)'
complete -c gorae -n "__fish_gorae_using_subcommand update" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand update" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand update" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -s i -l interval -d 'Seconds between samples' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l no-stream -d 'Print one sample and exit'
complete -c gorae -n "__fish_gorae_using_subcommand stats" -s a -l all -d 'Show all containers, not only running ones (those not running show "--")'
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l no-reset -d 'Do not clear the screen between samples'
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l no-trunc -d 'Do not truncate the IDs'
complete -c gorae -n "__fish_gorae_using_subcommand stats" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand stats" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand stats" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l detach-keys -d 'The keys that detach: a sequence like ctrl-p,ctrl-q (the default), or "" for none' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l sig-proxy -d 'Forward the signals attach receives (INT, TERM, HUP, QUIT, USR1, USR2) to the container' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l no-stdin -d 'Don\'t send stdin to the container'
complete -c gorae -n "__fish_gorae_using_subcommand attach" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand attach" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand attach" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand port" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand port" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand port" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand port" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand port" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand port" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand port" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand port" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand port" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand port" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand port" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand port" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand port" -s a -l all -d 'Every running container\'s ports, each line after the container\'s ID'
complete -c gorae -n "__fish_gorae_using_subcommand port" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand port" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand port" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l format -d 'Print JSON (with no container: the mounted ones)' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand mount" -s a -l all -d 'Mount every container'
complete -c gorae -n "__fish_gorae_using_subcommand mount" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l no-trunc -d 'Do not truncate IDs'
complete -c gorae -n "__fish_gorae_using_subcommand mount" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand mount" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -s a -l all -d 'Unmount every mounted container'
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -s f -l force -d 'Ignored (gorae keeps no mount counts)'
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand unmount" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "clone" -d 'Make a new container from another\'s configuration'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "run" -d 'Run a command in a new container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "ps" -d 'List containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "rm" -d 'Remove one or more containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "create" -d 'Create a container without starting it'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "start" -d 'Start one or more containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "stop" -d 'Stop one or more containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "kill" -d 'Send a signal to one or more containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "restart" -d 'Restart one or more containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "wait" -d 'Wait for containers to exit and print their exit codes'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "logs" -d 'Show a container\'s output'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "exec" -d 'Run a process in a running container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "inspect" -d 'Display a container\'s configuration'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "rename" -d 'Rename a container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "diff" -d 'Show the changes to a container\'s filesystem'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "top" -d 'Show the processes of a container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "prune" -d 'Remove all stopped containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "cp" -d 'Copy files between a container and the host'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "pause" -d 'Pause all processes of containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "unpause" -d 'Resume paused containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "update" -d 'Change a running container\'s resource limits (and its restart policy)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "stats" -d 'Show resource use of containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "attach" -d 'Attach to a running container\'s output (and stdin with -i)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "port" -d 'List a container\'s published ports'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "mount" -d 'Mount a container\'s root filesystem (rootless: inside `gorae unshare`)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "unmount" -d 'Unmount a container\'s root filesystem'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "export" -d 'Exit 0 if the container exists, 1 if not Export a container\'s filesystem as a tarball'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "commit" -d 'Create an image from a container\'s changes'
complete -c gorae -n "__fish_gorae_using_subcommand container; and not __fish_seen_subcommand_from clone run ps rm create start stop kill restart wait logs exec inspect rename diff top prune cp pause unpause update stats attach port mount unmount export commit exists" -f -a "exists"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -s m -l memory -d 'Memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l memory-swap -d 'Memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l memory-reservation -d 'Memory soft limit' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpus -d 'CPU limit, in CPUs (1.5)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpuset-cpus -d 'CPUs the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l pids-limit -d 'Process limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l blkio-weight -d 'Block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l blkio-weight-device -d 'Block IO weight of one device: DEVICE:WEIGHT (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l device-read-bps -d 'Read rate limit of a device: DEVICE:RATE (1mb, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l device-write-bps -d 'Write rate limit of a device: DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l device-read-iops -d 'Read operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l device-write-iops -d 'Write operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-period -d 'CPU CFS period, in microseconds (with --cpu-quota)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-quota -d 'CPU CFS quota per period, in microseconds' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-rt-period -d 'Realtime CPU period (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-rt-runtime -d 'Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpuset-mems -d 'Memory nodes the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l memory-swappiness -d 'Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cgroup-conf -d 'A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container\'s cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l name -d 'The clone\'s name (default: the original\'s, then -clone)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l oom-kill-disable -d 'Disable the OOM killer (cgroup v2 can\'t: never in force, and said)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l destroy -d 'Remove the original container once the clone exists'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -s f -l force -d 'With --destroy: remove it even if it runs'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l run -d 'Start the clone'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from clone" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 of this command on to the container\'s process' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s a -l attach -d 'Attach only these streams of a foreground container: stdin, stdout, stderr (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Forward signals gorae receives to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal to stop the container (default: the image\'s STOPSIGNAL, else SIGTERM)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount or volume: [SOURCE:]DESTINATION[:OPTIONS] (ro, rw, z, Z, nosuid, nodev, noexec)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs: DESTINATION[:OPTIONS]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'CPU limit, in CPUs (1.5)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Process limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight-device -d 'Block IO weight of one device: DEVICE:WEIGHT (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Read rate limit of a device: DEVICE:RATE (1mb, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Write rate limit of a device: DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-iops -d 'Read operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-iops -d 'Write operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'CPU CFS period, in microseconds (with --cpu-quota)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'CPU CFS quota per period, in microseconds' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-period -d 'Realtime CPU period (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-runtime -d 'Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-conf -d 'A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container\'s cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'The container\'s cgroup: enabled (its own), disabled (none: the caller\'s), no-conmon (its own; the monitor stays in the caller\'s), split (both below the caller\'s own cgroup, for systemd units)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'The cgroup (a path under /sys/fs/cgroup) to create the container\'s cgroup in' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l sdnotify -d 'With systemd\'s NOTIFY_SOCKET: who says READY=1: container, conmon (gorae, once the container runs), healthy (once its health check passed) or ignore' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container\'s ID to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l pidfile -d 'Write the PID of the container\'s first process to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l conmon-pidfile -d 'Write the PID of the container\'s monitor (podman\'s conmon) to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Health check command (a shell command, a JSON array, or "none")' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between health checks (e.g. 30s; "disable" for manual checks only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Failures in a row before the container is unhealthy' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Time a check may take' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Grace period in which failures don\'t count' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace mode: keep-id (your UID and GID inside), or host (the default)' -r -f -a "keep-id\t''
host\t''
\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set a label on the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy for detached containers: no, always, unless-stopped, on-failure[:N]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add capabilities (NET_ADMIN, CAP_SYS_TIME, …, or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop capabilities (or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Additional groups for the container\'s user' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, mask=PATHS, unmask=PATHS|ALL, proc-opts=OPTIONS, no-new-privileges, label=disable' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l seccomp-policy -d 'Where the seccomp profile comes from: default, or image (the image\'s io.containers.seccomp.profile label, over --security-opt seccomp=)' -r -f -a "default\t''
image\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to take it from the host)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'Run as USER[:GROUP] (names or numbers)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the image\'s entrypoint (a string, or a JSON array)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Set the container\'s hostname' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l network -d 'Network mode: pasta[:OPTS] (the default when installed), slirp4netns[:OPTS], host, none, container:NAME (share another container\'s), ns:PATH, or a network\'s name (repeat it for more user-defined networks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run in a pod (sharing its network, IPC and UTS namespaces)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Another name for the container on its network' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default, for `logs`) or none' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'The MAC address of the container\'s interface (pasta, slirp4netns)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'The container\'s IPv4 address on its user-defined network (NAME:ip=ADDR for several)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l ip6 -d 'The container\'s IPv6 address on its user-defined network' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a port: [ip:][hostPort:]containerPort[/tcp|udp], ranges allowed' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'DNS servers for the container\'s /etc/resolv.conf (none: leave the image\'s as it is)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'DNS search domains' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -d 'resolv.conf options (ndots:2, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a line to /etc/hosts: NAME:IP' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'When to pull the image: always, missing, never, newer' -r -f -a "always\t''
missing\t''
never\t''
newer\t''
true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC namespace: private (the default; also shareable), host, none (no /dev/shm), container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace (host and domain name): private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'cgroup namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l shm-size -d 'Size of /dev/shm (64m by default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'The container\'s time zone: local (the host\'s) or a zone name (Europe/Seoul); its zone file is bound at /etc/localtime' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Resource limit of the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, …; -1 for unlimited), or host' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l umask -d 'The umask of the container\'s processes (default 0022)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'The OOM killer\'s score adjustment of the container\'s processes (-1000 to 1000; rootless, only at or above gorae\'s own)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l personality -d 'Execution domain: LINUX, or LINUX32 (a 32-bit `uname -m`)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Bind a host device node (or every one below a directory) into the container: HOST[:CONTAINER][:PERMISSIONS]; rootless there is no device cgroup, so what the node allows on the host holds (without w the bind is read-only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l device-cgroup-rule -d 'A device cgroup rule (refused: rootless containers have no device cgroup, as in podman)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read labels from a file (KEY=VALUE lines; # comments)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv -d 'Remove a variable from the container\'s environment (the image\'s or a default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l env-merge -d 'Set a variable using the image\'s values: NAME=VALUE with ${NAME} (PATH=/opt/bin:${PATH})' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or a range (PORT[-PORT][/PROTOCOL]): listed in inspect, published by -P' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /run, /tmp and /var/tmp (the default; false: none)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Logging option: path=FILE (where the k8s-file log goes), tag=TAG' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'What to do when the health check says unhealthy: none, kill, restart or stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each, the default), tmpfs, or ignore' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l chrootdirs -d 'Directories inside the container that get /etc/hosts and /etc/resolv.conf too (for chroots in it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l init-path -d 'With --init: this init binary (catatonit, tini, …) as PID 1 instead of gorae\'s own; it is bound at /run/podman-init and runs the command after --' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd -d 'Add the user to the container\'s /etc/passwd and /etc/group where the image lacks it (--userns keep-id, --hostuser, a numeric --user); false: add nothing' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd-entry -d 'The passwd line added: a template with $USERNAME, $UID, $GID, $NAME and $HOME' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l hostuser -d 'Add a host user (name or UID) to the container\'s /etc/passwd' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l secret -d 'Give the container a secret (`gorae secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0444] (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l timeout -d 'Kill the container after this many seconds (0: never)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l requires -d 'Containers to start before this one (names or IDs, comma-separated)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes and binds of another container: CONTAINER[:ro|rw|z]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l pod-id-file -d 'Read the pod to run in from this file (as written by pod create --pod-id-file)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l systemd -d 'systemd mode: true (when the command is /sbin/init, /usr/sbin/init, …/systemd), false, always. It gets tmpfs on /run, /run/lock, /tmp and /var/log/journal, a writable /sys/fs/cgroup and SIGRTMIN+3 to stop' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l uidmap -d 'Refused: gorae can\'t give a container a user namespace of its own mapping yet' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l gidmap -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l subuidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l subgidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Use this OS/ARCH[/VARIANT] instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'Use this OS instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'Use this architecture variant' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l rootfs -d 'The first argument is a directory to run as the root, not an image (PATH:O: an overlay on it, which leaves it unchanged)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Replace a container of the same name'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-kill-disable -d 'Disable the OOM killer (cgroup v2 can\'t: never in force, and said)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run gorae\'s minimal init as PID 1: it forwards signals and reaps zombies'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable the image\'s health check'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Make the root filesystem read-only (with tmpfs on /tmp, /var/tmp, /run)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'All capabilities, no seccomp filter, no masked kernel paths (still rootless)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep stdin open'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish every port the image EXPOSEs to a random host port'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress pull progress output'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (gorae writes none)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Pass gorae\'s whole environment to the container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv-all -d 'Start with no default or image variables: only those given'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l disable-content-trust -d 'Docker\'s content trust: does nothing, as in podman (image signatures are checked by policy.json)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l rmi -d 'Remove the image after the container exits, unless other containers use it (implies --rm)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter: name=, id=, status=, exited=, label=KEY[=VALUE], ancestor=, before=, since=, health=, volume=, pod=, restart-policy= (repeat to narrow)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Print the N last created containers (all states)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Sort output by' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s w -l watch -d 'Print the list again every N seconds, on a cleared screen, until interrupted' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers, not only running ones'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print container IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate output'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the last created container only'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l ns -d 'Display namespace information (for running containers)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s p -l pod -d 'Print the ID and name of the pod the containers are in'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display the total file sizes: what the container wrote (and with its image)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l sync -d 'Sync container state with the runtime (gorae always reads each container\'s state afresh from its monitor and process, so this changes nothing)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Also containers not made by run or create (other tools\' containers in the store; gorae\'s store holds none, so the list is the same)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'With -f: stop running containers gracefully, killing them after this many seconds (default: kill at once)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove running containers too, killing them first'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove the containers\' anonymous volumes too'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Remove the containers that depend on these too (those that --require them or join their namespaces), before them'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 of this command on to the container\'s process' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s a -l attach -d 'Attach only these streams of a foreground container: stdin, stdout, stderr (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l sig-proxy -d 'Forward signals gorae receives to the container (foreground runs)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container (default: the image\'s STOPSIGNAL, else SIGTERM)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL (default 10)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount or volume: [SOURCE:]DESTINATION[:OPTIONS] (ro, rw, z, Z, nosuid, nodev, noexec)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs: DESTINATION[:OPTIONS]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'CPU limit, in CPUs (1.5)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Process limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Block IO weight of one device: DEVICE:WEIGHT (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Read rate limit of a device: DEVICE:RATE (1mb, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Write rate limit of a device: DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Read operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Write operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'CPU CFS period, in microseconds (with --cpu-quota)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'CPU CFS quota per period, in microseconds' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-period -d 'Realtime CPU period (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-runtime -d 'Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-conf -d 'A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container\'s cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'The container\'s cgroup: enabled (its own), disabled (none: the caller\'s), no-conmon (its own; the monitor stays in the caller\'s), split (both below the caller\'s own cgroup, for systemd units)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'The cgroup (a path under /sys/fs/cgroup) to create the container\'s cgroup in' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l sdnotify -d 'With systemd\'s NOTIFY_SOCKET: who says READY=1: container, conmon (gorae, once the container runs), healthy (once its health check passed) or ignore' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container\'s ID to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l pidfile -d 'Write the PID of the container\'s first process to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l conmon-pidfile -d 'Write the PID of the container\'s monitor (podman\'s conmon) to this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Health check command (a shell command, a JSON array, or "none")' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between health checks (e.g. 30s; "disable" for manual checks only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Failures in a row before the container is unhealthy' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Time a check may take' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Grace period in which failures don\'t count' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace mode: keep-id (your UID and GID inside), or host (the default)' -r -f -a "keep-id\t''
host\t''
\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label on the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy for detached containers: no, always, unless-stopped, on-failure[:N]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add capabilities (NET_ADMIN, CAP_SYS_TIME, …, or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop capabilities (or ALL; several with commas)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Additional groups for the container\'s user' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options: seccomp=unconfined|PROFILE.json, mask=PATHS, unmask=PATHS|ALL, proc-opts=OPTIONS, no-new-privileges, label=disable' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l seccomp-policy -d 'Where the seccomp profile comes from: default, or image (the image\'s io.containers.seccomp.profile label, over --security-opt seccomp=)' -r -f -a "default\t''
image\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Assign a name to the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to take it from the host)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'Run as USER[:GROUP] (names or numbers)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Override the image\'s entrypoint (a string, or a JSON array)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Set the container\'s hostname' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l network -d 'Network mode: pasta[:OPTS] (the default when installed), slirp4netns[:OPTS], host, none, container:NAME (share another container\'s), ns:PATH, or a network\'s name (repeat it for more user-defined networks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run in a pod (sharing its network, IPC and UTS namespaces)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Another name for the container on its network' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default, for `logs`) or none' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'The MAC address of the container\'s interface (pasta, slirp4netns)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'The container\'s IPv4 address on its user-defined network (NAME:ip=ADDR for several)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l ip6 -d 'The container\'s IPv6 address on its user-defined network' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port: [ip:][hostPort:]containerPort[/tcp|udp], ranges allowed' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'DNS servers for the container\'s /etc/resolv.conf (none: leave the image\'s as it is)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domains' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -d 'resolv.conf options (ndots:2, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'When to pull the image: always, missing, never, newer' -r -f -a "always\t''
missing\t''
never\t''
newer\t''
true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC namespace: private (the default; also shareable), host, none (no /dev/shm), container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace (host and domain name): private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'cgroup namespace: private (the default), host, container:NAME or ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of /dev/shm (64m by default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'The container\'s time zone: local (the host\'s) or a zone name (Europe/Seoul); its zone file is bound at /etc/localtime' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add an annotation to the container (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Resource limit of the container\'s processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, …; -1 for unlimited), or host' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l umask -d 'The umask of the container\'s processes (default 0022)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'The OOM killer\'s score adjustment of the container\'s processes (-1000 to 1000; rootless, only at or above gorae\'s own)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l personality -d 'Execution domain: LINUX, or LINUX32 (a 32-bit `uname -m`)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Set a namespaced kernel parameter: NAME=VALUE (net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Bind a host device node (or every one below a directory) into the container: HOST[:CONTAINER][:PERMISSIONS]; rootless there is no device cgroup, so what the node allows on the host holds (without w the bind is read-only)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l device-cgroup-rule -d 'A device cgroup rule (refused: rootless containers have no device cgroup, as in podman)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from a file (KEY=VALUE lines; # comments)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv -d 'Remove a variable from the container\'s environment (the image\'s or a default)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l env-merge -d 'Set a variable using the image\'s values: NAME=VALUE with ${NAME} (PATH=/opt/bin:${PATH})' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or a range (PORT[-PORT][/PROTOCOL]): listed in inspect, published by -P' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only-tmpfs -d 'With --read-only, mount tmpfs on /run, /tmp and /var/tmp (the default; false: none)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Logging option: path=FILE (where the k8s-file log goes), tag=TAG' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'What to do when the health check says unhealthy: none, kill, restart or stop' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l image-volume -d 'What the image\'s VOLUMEs become: bind (an anonymous volume each, the default), tmpfs, or ignore' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l chrootdirs -d 'Directories inside the container that get /etc/hosts and /etc/resolv.conf too (for chroots in it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l init-path -d 'With --init: this init binary (catatonit, tini, …) as PID 1 instead of gorae\'s own; it is bound at /run/podman-init and runs the command after --' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd -d 'Add the user to the container\'s /etc/passwd and /etc/group where the image lacks it (--userns keep-id, --hostuser, a numeric --user); false: add nothing' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd-entry -d 'The passwd line added: a template with $USERNAME, $UID, $GID, $NAME and $HOME' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l hostuser -d 'Add a host user (name or UID) to the container\'s /etc/passwd' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l secret -d 'Give the container a secret (`gorae secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0444] (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l timeout -d 'Kill the container after this many seconds (0: never)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l requires -d 'Containers to start before this one (names or IDs, comma-separated)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes and binds of another container: CONTAINER[:ro|rw|z]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Read the pod to run in from this file (as written by pod create --pod-id-file)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l systemd -d 'systemd mode: true (when the command is /sbin/init, /usr/sbin/init, …/systemd), false, always. It gets tmpfs on /run, /run/lock, /tmp and /var/log/journal, a writable /sys/fs/cgroup and SIGRTMIN+3 to stop' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l uidmap -d 'Refused: gorae can\'t give a container a user namespace of its own mapping yet' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l gidmap -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l subuidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l subgidname -d 'Refused, as --uidmap' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and unverified TLS)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l creds -d 'Credentials (USERNAME[:PASSWORD]) for the registry' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Path of the authentication file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Use this OS/ARCH[/VARIANT] instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'Use this architecture instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'Use this OS instead of the host\'s' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'Use this architecture variant' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l rootfs -d 'The first argument is a directory to run as the root, not an image (PATH:O: an overlay on it, which leaves it unchanged)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s d -l detach -d 'Run in the background and print the container ID'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Replace a container of the same name'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-kill-disable -d 'Disable the OOM killer (cgroup v2 can\'t: never in force, and said)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run gorae\'s minimal init as PID 1: it forwards signals and reaps zombies'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable the image\'s health check'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Make the root filesystem read-only (with tmpfs on /tmp, /var/tmp, /run)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'All capabilities, no seccomp filter, no masked kernel paths (still rootless)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep stdin open'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish every port the image EXPOSEs to a random host port'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress pull progress output'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (gorae writes none)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Pass gorae\'s whole environment to the container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv-all -d 'Start with no default or image variables: only those given'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l disable-content-trust -d 'Docker\'s content trust: does nothing, as in podman (image signatures are checked by policy.json)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l rmi -d 'Remove the image after the container exits, unless other containers use it (implies --rm)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'With --attach --interactive: the keys that detach (ctrl-p,ctrl-q by default; "" none)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'With --attach --interactive: forward the signals start receives to the container' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l filter -d 'Start the containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach: print the container\'s output and exit with its status'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach stdin too (for containers created with -i)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start every container that is not running'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container (default: its stop timeout, 10)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Kill all running containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait before killing the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Restart all containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'With --all: only the running containers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'Wait until the container reaches this state (created, running, paused, stopping, exited or stopped, healthy, unhealthy); repeat for any of several. Default: stopped' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'Time between polls: a duration, or milliseconds (default 250ms)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l tail -d 'Show only the last N lines' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show entries since this time (RFC 3339, a date, Unix seconds, or a duration like 10m)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show entries before this time (as --since; a duration counts from now)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow the output until the container exits'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l names -d 'Begin each line with the container\'s name, not its ID (with several containers)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l color -d 'Give each container\'s lines their own color (with several containers)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from a file (KEY=VALUE lines; a bare KEY takes gorae\'s)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l preserve-fds -d 'Pass descriptors 3 to 3+N-1 of this command on to the process' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Run as USER[:GROUP]' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run in the background'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep stdin open'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give the process all capabilities and no seccomp filter'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output as JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Inspect the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Add what the container wrote (SizeRw) and that with its image (SizeRootFs)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Output format: json, or the default lines' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'label=KEY[=VALUE], label!=…, until=TIME: only the stopped containers that match' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Into a container, the copies belong to its user (--user\'s uid and gid; the default); --archive=false leaves them to its root' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Let a directory replace a non-directory, and the reverse'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Pause (unpause) every running (paused) container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Pause (unpause) every running (paused) container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -s m -l memory -d 'Memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'CPU limit, in CPUs (1.5)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Process limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight -d 'Block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight-device -d 'Block IO weight of one device: DEVICE:WEIGHT (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-bps -d 'Read rate limit of a device: DEVICE:RATE (1mb, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-bps -d 'Write rate limit of a device: DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-iops -d 'Read operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-iops -d 'Write operations per second limit of a device: DEVICE:N' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'CPU CFS period, in microseconds (with --cpu-quota)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'CPU CFS quota per period, in microseconds' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-period -d 'Realtime CPU period (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-runtime -d 'Realtime CPU runtime (cgroup v2 has none: said and left out, as podman does)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'Memory nodes the container may use (0-1,3)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swappiness -d 'Memory swappiness (0-100; cgroup v2 has no such knob, so it is never in force)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-conf -d 'A cgroup v2 setting: KEY=VALUE (memory.high=1g), written into the container\'s cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l restart -d 'A new restart policy: no, always, on-failure[:N], unless-stopped' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l oom-kill-disable -d 'Disable the OOM killer (cgroup v2 can\'t: never in force, and said)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -s i -l interval -d 'Seconds between samples' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Print one sample and exit'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers, not only running ones (those not running show "--")'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-reset -d 'Do not clear the screen between samples'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate the IDs'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'The keys that detach: a sequence like ctrl-p,ctrl-q (the default), or "" for none' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Forward the signals attach receives (INT, TERM, HUP, QUIT, USR1, USR2) to the container' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Don\'t send stdin to the container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'Every running container\'s ports, each line after the container\'s ID'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l format -d 'Print JSON (with no container: the mounted ones)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -s a -l all -d 'Mount every container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l no-trunc -d 'Do not truncate IDs'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -s a -l all -d 'Unmount every mounted container'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -s f -l force -d 'Ignored (gorae keeps no mount counts)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image\'s config' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'A comment for the image\'s history' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'The image\'s author' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container while committing (accepted; gorae reads its changes as they are)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'docker or oci: the image\'s format (gorae writes OCI)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l iidfile -d 'Write the image\'s ID to this file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print nothing but the image ID'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l include-volumes -d 'Make the container\'s volumes the image\'s VOLUMEs'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s s -l squash -d 'One layer with the whole filesystem, not the changes on the image\'s layers'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l external -d 'Also containers not made by run or create (gorae\'s store holds none: the answer is the same)'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "create" -d 'Create a volume'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "ls" -d 'List volumes'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "inspect" -d 'Display a volume\'s configuration'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "rm" -d 'Remove volumes'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "prune" -d 'Remove all unused volumes'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "exists" -d 'Exit 0 if the volume exists, 1 if not'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "export" -d 'Write a volume\'s content as a tar archive (to stdout, or --output)'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and not __fish_seen_subcommand_from create ls inspect rm prune exists export import" -f -a "import" -d 'Unpack a tar archive (a file, or - for stdin) into a volume'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'The volume driver: local (the only one gorae has)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'A driver option: type=tmpfs|none, device=PATH, o=uid=N,gid=N,size=… (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do nothing if the volume exists'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'name=, driver=, label=KEY[=VALUE], opt=, scope=, dangling=true|false, until= (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print names only'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Inspect every volume'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -s t -l time -d 'With --force: seconds to wait for each container using it to stop before killing it' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the volume too'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all volumes'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'label=KEY[=VALUE], label!=…, until=TIME: only the unused volumes that match (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "create" -d 'Create a network'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "ls" -d 'List networks'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "inspect" -d 'Display a network\'s configuration'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "rm" -d 'Remove networks'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "prune" -d 'Remove all networks no container uses'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "exists" -d 'Exit 0 if the network exists, 1 if not'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "connect" -d 'Connect a container to a network (a running one at once)'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "disconnect" -d 'Disconnect a container from a network (a running one at once)'
complete -c gorae -n "__fish_gorae_using_subcommand network; and not __fish_seen_subcommand_from create ls inspect rm prune exists connect disconnect reload" -f -a "reload" -d 'Rewrite running containers\' network files (gorae sets no firewall rules to reload)'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'The subnet in CIDR form (default: the next free 10.89.N.0/24)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'The bridge\'s address in the subnet (default: its first)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Give members addresses from this CIDR inside the subnet only' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'The address manager: host-local (gorae\'s networks hand out addresses themselves)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'A driver option: mtu=N, isolate=true (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver: only bridge' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'No way out of the network: its members reach each other only'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l disable-dns -d 'Members don\'t learn each other\'s names'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Refused: gorae\'s user-defined networks are IPv4 only'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l ignore -d 'Do nothing if the network exists'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'name=, id=, driver=, label=KEY[=VALUE], until=, dangling=true|false (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print names only'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate IDs'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -s t -l time -d 'With --force: seconds to wait for each container to stop before killing it' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the network too'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'label=KEY[=VALUE], label!=…, until=TIME: only the unused networks that match (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name for the container on the network (repeat, or comma-separated)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on the network' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip6 -d 'Refused: gorae\'s user-defined networks have IPv4 subnets only' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'The MAC address of the container\'s interface on the network' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Disconnect even if it is running (gorae always does)'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -s a -l all -d 'Every running container'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand network; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -f -a "create" -d 'Create a secret from a file, stdin (-) or an environment variable (--env)'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -f -a "ls" -d 'List secrets'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -f -a "inspect" -d 'Display a secret\'s details (never its data)'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -f -a "rm" -d 'Remove secrets'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and not __fish_seen_subcommand_from create ls inspect rm exists" -f -a "exists" -d 'Exit 0 if the secret exists, 1 if not'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -s d -l driver -d 'The secret driver: file (the only one gorae has; unencrypted, mode 0600)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l driver-opts -d 'Driver options (KEY=VALUE,…); the file driver takes none' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE; repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l env -d 'Read the data from the environment variable named by the second argument'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l replace -d 'If a secret of that name exists, replace it'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l ignore -d 'If a secret of that name exists, do nothing and print its ID'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -s f -l filter -d 'name=REGEX, id=REGEX, label=KEY[=VALUE] (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s f -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print in a form for people'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every secret'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'No error for a secret that does not exist'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand secret; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "create" -d 'Create a pod (its infra holds the shared namespaces)'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "ps" -d 'List pods'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "start" -d 'Start pods: the infra, then every container'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "stop" -d 'Stop pods: every container, then the infra'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "kill" -d 'Send a signal to every container of pods'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "rm" -d 'Remove pods and their containers'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "inspect" -d 'Display a pod\'s configuration'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "exists" -d 'Exit 0 if the pod exists, 1 if not'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "restart" -d 'Stop and start pods again'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "pause" -d 'Pause every container of pods'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "unpause" -d 'Resume every container of pods'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "top" -d 'Show the processes of a pod\'s containers'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "stats" -d 'Show the resource use of pods\' containers'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "logs" -d 'Show the output of a pod\'s containers, each line after the container\'s ID (or name)'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and not __fish_seen_subcommand_from create ps start stop kill rm inspect exists restart pause unpause top stats logs prune" -f -a "prune" -d 'Remove every stopped pod (none of its containers running) and its containers'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'The pod\'s name' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l hostname -d 'The hostname its containers share (default: the pod\'s name)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port: [ip:][hostPort:]containerPort[/tcp|udp]' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from a file of KEY=VALUE lines' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -d 'Network mode: pasta[:OPTS], slirp4netns[:OPTS], host, none, ns:PATH' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-alias -d 'Another name for the pod on its user-defined network' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l mac-address -d 'The infra\'s MAC address on its user-defined network' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l ip -d 'The pod\'s IPv4 address on its user-defined network' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l ip6 -d 'Refused: gorae\'s user-defined networks have IPv4 subnets only' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'DNS servers for the pod\'s containers' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a NAME:IP line to /etc/hosts' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces members share: a list of ipc, net, pid, uts (default ipc,net,uts); +LIST adds to the default, "" shares none' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Whether to create an infra container to hold the shared namespaces' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-name -d 'The infra container\'s name (default: the pod ID\'s first 12 characters, then -infra)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-image -d 'Accepted with a warning: gorae\'s infra runs no image (gorae holds the namespaces)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-command -d 'Accepted with a warning: gorae\'s infra runs no command (gorae holds the namespaces)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-conmon-pidfile -d 'Write the PID of the infra\'s monitor (gorae\'s conmon) here when it starts' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Write the pod\'s ID to this file' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l exit-policy -d 'When the last member exits: continue (the default) or stop the pod' -r -f -a "continue\t''
stop\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l share-parent -d 'Whether members are put below the pod\'s --cgroup-parent and bound by its limits' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -s v -l volume -d 'Every member: a bind mount or volume, [SOURCE:]DESTINATION[:OPTIONS]' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l volumes-from -d 'Every member: the volumes of this container' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l device -d 'Every member: this host device' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l security-opt -d 'Every member: this security option' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l sysctl -d 'Every member: this namespaced sysctl' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l shm-size -d 'Every member: the size of /dev/shm' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-option -d 'Every member: a resolv.conf option' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-search -d 'Every member: a DNS search domain' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l pid -d 'Every member: this PID namespace (host, private, ns:PATH); pid is then not shared' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l uts -d 'Every member: this UTS namespace (host, private, ns:PATH); uts is then not shared' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l userns -d 'Every member: this user namespace mode (keep-id, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l uidmap -d 'Refused, as by run: see `run --uidmap`' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l gidmap -d 'Refused, as by run: see `run --uidmap`' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l subuidname -d 'Refused, as by run: see `run --uidmap`' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l subgidname -d 'Refused, as by run: see `run --uidmap`' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Every member: below this cgroup' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -s m -l memory -d 'Every member: memory limit (512m, 1g, …)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l memory-swap -d 'Every member: memory plus swap limit (-1 for unlimited)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpus -d 'Every member: CPU limit, in CPUs' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'Every member: CPU shares' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'Every member: the CPUs it may use' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Every member: the memory nodes it may use' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Every member: block IO weight (10-1000)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Every member: block IO weight of a device, DEVICE:WEIGHT' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Every member: read rate limit of a device, DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Every member: write rate limit of a device, DEVICE:RATE' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l replace -d 'Replace a pod of the same name (its containers removed)'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l no-hosts -d 'Every member: no /etc/hosts of gorae\'s (the image\'s is kept)'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from create" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'JSON or a Go template (.Id, .Name, .Status, .Created, .InfraID, .NumberOfContainers, .ContainerIds, .ContainerNames, .ContainerStatuses, .Cgroup, .Namespace, .Networks, .Labels)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l sort -d 'Sort by created (newest first, the default), id, name, number or status' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'id=, name= (regular expressions), label=, status=, ctr-ids=, ctr-names=, ctr-number=, ctr-status=, network=, until=; the same key repeated matches any of its values' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -s n -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate pod and container IDs'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-ids -d 'Show the containers\' IDs'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Show the containers\' names'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-status -d 'Show the containers\' states'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ns -d 'Show the pod\'s cgroup and namespace'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Only the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l pod-id-file -d 'Read the pod\'s ID from this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Act on every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -s l -l latest -d 'Act on the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait before killing' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l pod-id-file -d 'Read the pod\'s ID from this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore pods that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'The signal to send' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -s t -l time -d 'With --force: seconds to wait for each running container to stop before killing it' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l pod-id-file -d 'Read the pod\'s ID from this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop and remove running containers too'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore pods that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Remove the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'The latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait before killing' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l pod-id-file -d 'Read the pod\'s ID from this file' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -s i -l ignore -d 'Ignore pods that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -s a -l all -d 'Act on every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Act on every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -s l -l latest -d 'The latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l format -d 'JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -s a -l all -d 'Act on every pod'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Act on the latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-reset -d 'Do not clear the screen between samples'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-stream -d 'Print one sample and exit'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -s c -l container -d 'Only this container of the pod' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l since -d 'Show entries since this time' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l tail -d 'Show only the last N lines of each container' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l until -d 'Show entries before this time' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l color -d 'Give each container\'s lines their own color'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow the output until the containers exit'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -s l -l latest -d 'The latest pod created'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -s n -l names -d 'Begin each line with the container\'s name, not its ID'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -f -a "play" -d 'Create pods, containers and volumes from Kubernetes YAML'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -f -a "down" -d 'Remove what `kube play` made from the same YAML'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and not __fish_seen_subcommand_from play down generate" -f -a "generate" -d 'Describe pods or containers as Kubernetes YAML'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l network -d 'The pods\' network (pasta, slirp4netns, host, none)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l configmap -d 'A YAML file with ConfigMaps the pods refer to (repeatable)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the containers (default true)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l tls-verify -d 'Require HTTPS and verify certificates when pulling images' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l down -d 'Remove what the YAML describes instead'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Replace pods of the same names'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Print nothing but errors'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write to this file instead of stdout' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Also describe named volumes as PersistentVolumeClaims (accepted; claims are listed by name)'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -s f -l file -d 'The compose file (default: compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -s p -l project-name -d 'The project name (default: the directory\'s name)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l project-directory -d 'Where the compose file and `.env` are (default: the current directory)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l profile -d 'Activate a profile (repeatable)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "up" -d 'Create and start the services (in dependency order)'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "down" -d 'Stop and remove the services\' containers and networks'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "ps" -d 'List the services\' containers'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "logs" -d 'Show the services\' output'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "exec" -d 'Run a command in a running service'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "run" -d 'Run a one-off container of a service'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "build" -d 'Build the services that have a build section'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "pull" -d 'Pull the services\' images'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and not __fish_seen_subcommand_from up down ps logs exec run build pull config" -f -a "config" -d 'Print the file with variables interpolated'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l exit-code-from -d 'Exit with this service\'s status (implies --abort-on-container-exit)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait-timeout -d 'Seconds to wait for depends_on conditions' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -s d -l detach -d 'Run in the background: start the services and return (otherwise follow their output until they end or Ctrl-C stops them)'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l abort-on-container-exit -d 'Stop every service when any one\'s container ends (implies following)'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l build -d 'Build images before starting'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -s v -l volumes -d 'Remove the named volumes too'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -s f -l follow
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -s u -l user -d 'Run as this user' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -s T -l no-tty -d 'Accepted (no pseudo-terminal is allocated)'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container afterwards'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand compose; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -f -a "kube" -d 'Describe pods or containers as Kubernetes YAML'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and not __fish_seen_subcommand_from kube systemd" -f -a "systemd" -d 'systemd units that start and stop a container, or a pod and its containers'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write to this file instead of stdout' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Also describe named volumes as PersistentVolumeClaims (accepted; claims are listed by name)'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-policy -d 'The units\' Restart= policy' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-sec -d 'The units\' RestartSec=' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s t -l stop-timeout -l time -d 'Seconds `stop` waits before it kills (default: the container\'s stop timeout)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l start-timeout -d 'The units\' TimeoutStartSec=' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s e -l env -d 'An Environment= line: KEY=VALUE, or KEY for this shell\'s value' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l container-prefix -d 'Unit name prefix for containers' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l pod-prefix -d 'Unit name prefix for pods' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l separator -d 'Between the prefix and the name or ID' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l wants -d 'Add a Wants= dependency' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l after -d 'Add an After= dependency' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l requires -d 'Add a Requires= dependency' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l format -d 'Print the units as JSON, keyed by unit name' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l new -d 'Units that create the container (or pod) at start and remove it at stop'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s n -l name -d 'Use names rather than IDs, in unit names and in the commands'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s f -l files -d 'Write one file per unit in the current directory and print their paths'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l no-header -d 'No comment at the top of the units'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l template -d 'A template unit (NAME@.service) whose instances are containers NAME-%i (with --new)'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand play; and not __fish_seen_subcommand_from kube" -f -a "kube" -d 'Create pods, containers and volumes from Kubernetes YAML'
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l network -d 'The pods\' network (pasta, slirp4netns, host, none)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l configmap -d 'A YAML file with ConfigMaps the pods refer to (repeatable)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l start -d 'Start the containers (default true)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l tls-verify -d 'Require HTTPS and verify certificates when pulling images' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l down -d 'Remove what the YAML describes instead'
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l replace -d 'Replace pods of the same names'
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -s q -l quiet -d 'Print nothing but errors'
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand play; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and not __fish_seen_subcommand_from run" -f -a "run" -d 'Run a container\'s health check once: prints healthy or unhealthy, exits 0 or 1'
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s f -l filter -d 'Filter: name=, id=, status=, exited=, label=KEY[=VALUE], ancestor=, before=, since=, health=, volume=, pod=, restart-policy= (repeat to narrow)' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s n -l last -d 'Print the N last created containers (all states)' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l sort -d 'Sort output by' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s w -l watch -d 'Print the list again every N seconds, on a cleared screen, until interrupted' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s a -l all -d 'Show all containers, not only running ones'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s q -l quiet -d 'Print container IDs only'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l no-trunc -d 'Do not truncate output'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l noheading -d 'Do not print column headings'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s l -l latest -d 'Show the last created container only'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l ns -d 'Display namespace information (for running containers)'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s p -l pod -d 'Print the ID and name of the pod the containers are in'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s s -l size -d 'Display the total file sizes: what the container wrote (and with its image)'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l sync -d 'Sync container state with the runtime (gorae always reads each container\'s state afresh from its monitor and process, so this changes nothing)'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l external -d 'Also containers not made by run or create (other tools\' containers in the store; gorae\'s store holds none, so the list is the same)'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand ps" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -s t -l time -d 'With -f: stop running containers gracefully, killing them after this many seconds (default: kill at once)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l cidfile -d 'Read the container\'s ID from this file (as `run --cidfile` wrote it)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l filter -d 'The containers that match (as ps --filter)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rm" -s f -l force -d 'Remove running containers too, killing them first'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -s i -l ignore -d 'Ignore errors for containers that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -s v -l volumes -d 'Remove the containers\' anonymous volumes too'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l depend -d 'Remove the containers that depend on these too (those that --require them or join their namespaces), before them'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -s l -l latest -d 'Act on the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand rm" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand tag" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand tag" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand untag" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand untag" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -s f -l force -d 'Remove images even when containers use them (removing those containers)'
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -s i -l ignore -d 'Ignore errors for images that do not exist'
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l no-prune -d 'Keep dangling parent images: gorae\'s images have no parents, so nothing but the images named is ever removed'
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -s t -l type -d 'What to inspect: image, container or all' -r -f -a "all\t''
image\t''
container\t''"
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -s f -l format -d 'Format the output as JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -s l -l latest -d 'Inspect the latest container created'
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -s s -l size -d 'With a container: add what it wrote (SizeRw) and that with its image (SizeRootFs)'
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand version" -s f -l format -d 'Change the output format to JSON or a Go template' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand version" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand version" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand version" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand version" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand version" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand version" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand version" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand version" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand version" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand version" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand version" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand version" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand version" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand info" -s f -l format -d 'JSON or a Go template (fields as podman\'s: .Host.OCIRuntime.Name, .Store.GraphDriverName)' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand info" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand info" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand info" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand info" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand info" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand info" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand info" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand info" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand info" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand info" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand info" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand info" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand info" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand events" -l stream -d 'Keep printing new events (default); --stream=false prints what happened and exits' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand events" -l since -d 'Only events since this time (RFC 3339, a date, Unix seconds or a duration like 10m)' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l until -d 'Only events until this time (as --since); implies --stream=false' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -s f -l filter -d 'container=, event= (or status=), image=, pod=, volume=, type=, label=KEY=VALUE; the same key repeated matches any of its values, different keys all' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l format -d 'json or a Go template ({{.Status}}, {{.ID}}, {{.Name}}, {{.Type}}, {{.Time}}, {{.Image}}, {{.Attributes.LABEL}}, {{.ContainerExitCode}})' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l no-trunc -d 'Whole IDs (the default); --no-trunc=false shortens them to 12 characters' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand events" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand events" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand events" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand events" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand events" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand events" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand events" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand events" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand events" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand events" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand events" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand events" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand events" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand events" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "info" -d 'Show system information'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "df" -d 'Show disk usage by images, containers and volumes'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "prune" -d 'Remove stopped containers, dangling (or, with -a, unused) images, and with --volumes unused volumes'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "reset" -d 'Remove every container, image and volume, and gorae\'s runtime state'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "events" -d 'Show events'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "migrate" -d 'Bring the store up to date: rewrite container records in the current format, correct the state of containers whose monitor is gone, remove leftovers of interrupted writes'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "renumber" -d 'Renumber locks: gorae has no lock numbers (its locks are files), so there is nothing to do'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "connection" -d 'Manage the destinations of remote clients'
complete -c gorae -n "__fish_gorae_using_subcommand system; and not __fish_seen_subcommand_from info df prune reset events migrate renumber connection check" -f -a "check" -d 'Check the store: records, layers and blobs against their digests, leftovers; exit 1 if anything is wrong'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'JSON or a Go template (fields as podman\'s: .Host.OCIRuntime.Name, .Store.GraphDriverName)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'json or a Go template (.Type, .Total, .Active, .Size, .Reclaimable)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Each image, container and volume with its size'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'label=KEY[=VALUE], label!=…, until=TIME: only the containers, images and volumes that match (repeat)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not only dangling ones'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Remove unused volumes too'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not ask for confirmation'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Keep printing new events (default); --stream=false prints what happened and exits' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Only events since this time (RFC 3339, a date, Unix seconds or a duration like 10m)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Only events until this time (as --since); implies --stream=false' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'container=, event= (or status=), image=, pod=, volume=, type=, label=KEY=VALUE; the same key repeated matches any of its values, different keys all' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'json or a Go template ({{.Status}}, {{.ID}}, {{.Name}}, {{.Type}}, {{.Time}}, {{.Image}}, {{.Attributes.LABEL}}, {{.ContainerExitCode}})' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Whole IDs (the default); --no-trunc=false shortens them to 12 characters' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l new-runtime -d 'Accepted when the runtime exists: gorae runs every container itself, so all of them already use the one runtime there is' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from renumber" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -f -a "add" -d 'Record a destination (ssh://USER@HOST[:PORT]/SOCKET, unix:///SOCKET, tcp://HOST:PORT)'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -f -a "list" -d 'List the destinations'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -f -a "default" -d 'Make a destination the default'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -f -a "remove" -d 'Remove destinations'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from connection" -f -a "rename" -d 'Rename a destination'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l quick -d 'Do not hash blobs'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Remove what is broken (images and containers that lost parts, leftovers)'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand completion" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand completion" -s h -l help -d 'Print help'
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l log-level -d 'Log messages at and above this level (default: warn): debug and info add what gorae does, error silences warnings' -r -f -a "debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''
trace\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l root -d 'The store\'s directory (images, containers, volumes); default $XDG_DATA_HOME/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l runroot -d 'The runtime state\'s directory; default $XDG_RUNTIME_DIR/gorae' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l tmpdir -d 'The runtime state\'s directory when --runroot is not given (gorae keeps one)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l storage-driver -d 'overlay; vfs is accepted and served by overlay (gorae\'s layers are never copied)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l storage-opt -d 'Storage driver options: gorae\'s overlay store takes none (an empty one is accepted)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l events-backend -d 'Where events go: file (default, or containers.conf\'s events_logger) or none' -r -f -a "file\t''
journald\t''
none\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l cgroup-manager -d 'systemd: containers with limits get a delegated scope of the user\'s manager; cgroupfs: the cgroup gorae runs in, when it is delegated' -r -f -a "systemd\t''
cgroupfs\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l runtime -d 'Accepted: gorae is its own OCI runtime (the name or path given must exist, as podman checks)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l runtime-flag -d 'Refused: gorae is its own runtime and takes no runtime flags' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l conmon -d 'Refused: gorae has no conmon (its own monitor supervises each container)' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l hooks-dir -d 'OCI hooks directories: accepted while they hold no hooks (gorae runs none)' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l network-cmd-path -d 'The pasta or slirp4netns binary to use' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l network-config-dir -d 'The directory of network definitions; default the store\'s networks/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l volumepath -d 'The directory of volumes; default the store\'s volumes/' -r -F
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l namespace -d 'Refused: gorae has no libpod namespaces' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l syslog -d 'Also send gorae\'s messages to syslog (/dev/log)' -r -f -a "true\t''
false\t''"
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l url -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l identity -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l ssh -d 'Refused until gorae serves podman\'s REST API' -r
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -l noout -d 'Do not print to stdout'
complete -c gorae -n "__fish_gorae_using_subcommand unshare" -s h -l help -d 'Print help'
