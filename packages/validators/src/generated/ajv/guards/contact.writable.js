export { validate316 as guardContact$writable };
const schema151 = {"type":"object","properties":{"address":{"type":"string"},"display":false,"mediaType":{"$ref":"#/$defs/ContactMediaType"},"type":{"$ref":"#/$defs/ContactType"},"extension":{"type":"string"},"countryCode":{"type":"string"},"integration":{"type":"string"}}};
const schema37 = {"type":"string","enum":["PHONE","EMAIL","SMS"]};
const schema38 = {"type":"string","enum":["PRIMARY","WORK","WORK2","WORK3","WORK4","HOME","MOBILE","MAIN","OTHER"]};

function validate316(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address !== undefined){
const _errs1 = errors;
if(typeof data.address !== "string"){
validate316.errors = [{instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.display !== undefined){
var valid0 = false;
validate316.errors = [{instancePath:instancePath+"/display",schemaPath:"#/properties/display/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mediaType !== undefined){
let data2 = data.mediaType;
const _errs3 = errors;
if(typeof data2 !== "string"){
validate316.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/ContactMediaType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data2 === "PHONE") || (data2 === "EMAIL")) || (data2 === "SMS"))){
validate316.errors = [{instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/ContactMediaType/enum",keyword:"enum",params:{allowedValues: schema37.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs6 = errors;
if(typeof data3 !== "string"){
validate316.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/ContactType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((((data3 === "PRIMARY") || (data3 === "WORK")) || (data3 === "WORK2")) || (data3 === "WORK3")) || (data3 === "WORK4")) || (data3 === "HOME")) || (data3 === "MOBILE")) || (data3 === "MAIN")) || (data3 === "OTHER"))){
validate316.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/ContactType/enum",keyword:"enum",params:{allowedValues: schema38.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.extension !== undefined){
const _errs9 = errors;
if(typeof data.extension !== "string"){
validate316.errors = [{instancePath:instancePath+"/extension",schemaPath:"#/properties/extension/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countryCode !== undefined){
const _errs11 = errors;
if(typeof data.countryCode !== "string"){
validate316.errors = [{instancePath:instancePath+"/countryCode",schemaPath:"#/properties/countryCode/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.integration !== undefined){
const _errs13 = errors;
if(typeof data.integration !== "string"){
validate316.errors = [{instancePath:instancePath+"/integration",schemaPath:"#/properties/integration/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate316.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate316.errors = vErrors;
return errors === 0;
}
