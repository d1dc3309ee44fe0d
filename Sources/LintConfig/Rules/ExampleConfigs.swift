/// Building blocks for rule examples, so each example shows only what it is about.
enum ExampleConfigs {
    /// The keys every Kamal 2 config must have to pass Kamal's own checks (service, image,
    /// registry, builder arch). The registry password is an ERB output, not a secret lookup,
    /// so examples need no secrets file for it.
    static let kamalHeader = """
        service: worker
        image: acme/worker
        registry:
          username: acme
          password: <%= ENV["KAMAL_REGISTRY_PASSWORD"] %>
        builder:
          arch: amd64

        """
}
