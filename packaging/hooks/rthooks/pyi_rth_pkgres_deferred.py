# Run-time hook for pkg_resources that does nothing at start-up, on purpose.
#
# PyInstaller's own hook imports pkg_resources before the app starts (about
# 0.25 s, a third of the time to the first window) to register a resource
# provider for frozen modules. The one user of pkg_resources here is cpca,
# which reads its table with resource_stream("cpca.resources", ...) on the
# loading thread; pkg_resources' default provider finds that file next to the
# module's __file__ in the bundle and reads it through the frozen loader's
# get_data, so nothing needs registering. `--self-test` checks that read.
