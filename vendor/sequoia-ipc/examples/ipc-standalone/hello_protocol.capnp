@0xdf09b709276ca9b6;

interface Hello {
  hello @0 (name: Text) -> (response: Text);
}
