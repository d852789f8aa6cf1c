// A static library needs one object file; the catalogues themselves are the resource.
namespace LogDeckTranslations
{
int anchor()
{
    return 0;
}
} // namespace LogDeckTranslations
