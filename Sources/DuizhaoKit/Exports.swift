// The umbrella: `import DuizhaoKit` brings every layer, as before the library was split.
@_exported import DuizhaoCore
@_exported import DuizhaoFormats
@_exported import DuizhaoMemory
@_exported import DuizhaoText
@_exported import DuizhaoTranslation
