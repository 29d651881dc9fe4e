cipher::block_cipher_test!(blowfish_test, "blowfish", blowfish::Blowfish);
