# Run-time hook for pkg_resources that does nothing at start-up, on purpose.
#
# PyInstaller's own hook imports pkg_resources before the app starts (about
# 0.25 s, a third of the time to the first window) to register a resource
# provider for frozen modules. Its users here, cpca (its division table) and
# jieba (its dictionary), call resource_stream on the loading thread;
# pkg_resources' default provider finds those files next to the module's
# __file__ in the bundle and reads them through the frozen loader's get_data,
# so nothing needs registering. `--self-test` on a new user (package-test)
# reads both.
