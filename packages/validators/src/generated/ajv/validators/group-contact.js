export { validate304 as compiledGroupContact };
const schema118 = {"type":"object","required":["address","type","mediaType"],"properties":{"address":{"type":"string"},"extension":{"type":"string"},"display":{"type":"string"},"type":{"$ref":"#/$defs/GroupContactType"},"mediaType":{"$ref":"#/$defs/GroupContactMediaType"}}};
const schema50 = {"type":"string","enum":["GROUPRING","GROUPPHONE"]};
const schema51 = {"type":"string","enum":["PHONE"]};

function validate304(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.address === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.mediaType === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mediaType"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.address !== undefined){
if(typeof data.address !== "string"){
const err3 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.extension !== undefined){
if(typeof data.extension !== "string"){
const err4 = {instancePath:instancePath+"/extension",schemaPath:"#/properties/extension/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.display !== undefined){
if(typeof data.display !== "string"){
const err5 = {instancePath:instancePath+"/display",schemaPath:"#/properties/display/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupContactType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data3 === "GROUPRING") || (data3 === "GROUPPHONE"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupContactType/enum",keyword:"enum",params:{allowedValues: schema50.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mediaType !== undefined){
let data4 = data.mediaType;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/GroupContactMediaType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(data4 === "PHONE")){
const err9 = {instancePath:instancePath+"/mediaType",schemaPath:"#/$defs/GroupContactMediaType/enum",keyword:"enum",params:{allowedValues: schema51.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate304.errors = vErrors;
return errors === 0;
}
