"""The My agenda tab."""
