export { validate252 as compiledContact };
const schema71 = {"type":"object","properties":{"address":{"type":"string"},"display":{"type":"string"},"mediaType":{"$ref":"#/$defs/ContactMediaType"},"type":{"$ref":"#/$defs/ContactType"},"extension":{"type":"string"},"countryCode":{"type":"string"},"integration":{"type":"string"}}};
const schema37 = {"type":"string","enum":["PHONE","EMAIL","SMS"]};
const schema38 = {"type":"string","enum":["PRIMARY","WORK","WORK2","WORK3","WORK4","HOME","MOBILE","MAIN","OTHER"]};

function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
if(typeof data.address !== "string"){
const err0 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.display !== undefined){
if(typeof data.display !== "string"){
const err1 = {instancePath:instancePath+"/display",schemaPath:"#/properties/display/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.mediaType !== undefined){
let data2 = data.mediaType;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/ContactMediaType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data2 === "PHONE") || (data2 === "EMAIL")) || (data2 === "SMS"))){
const err3 = {instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/ContactMediaType/enum",keyword:"enum",params:{allowedValues: schema37.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ContactType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((((((data3 === "PRIMARY") || (data3 === "WORK")) || (data3 === "WORK2")) || (data3 === "WORK3")) || (data3 === "WORK4")) || (data3 === "HOME")) || (data3 === "MOBILE")) || (data3 === "MAIN")) || (data3 === "OTHER"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ContactType/enum",keyword:"enum",params:{allowedValues: schema38.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.extension !== undefined){
if(typeof data.extension !== "string"){
const err6 = {instancePath:instancePath+"/extension",schemaPath:"#/properties/extension/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.countryCode !== undefined){
if(typeof data.countryCode !== "string"){
const err7 = {instancePath:instancePath+"/countryCode",schemaPath:"#/properties/countryCode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.integration !== undefined){
if(typeof data.integration !== "string"){
const err8 = {instancePath:instancePath+"/integration",schemaPath:"#/properties/integration/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate252.errors = vErrors;
return errors === 0;
}
